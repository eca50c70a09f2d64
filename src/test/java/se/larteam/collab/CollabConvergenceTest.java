package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;

import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Convergence under churn: five official providers (real Yjs documents) spread over two application nodes make
 * seeded random concurrent edits (unique tokens inserted, whole tokens deleted, bold set and cleared) while they
 * drop their own connections at random, a node closes every socket from the server side, and a node is stopped
 * and started again on the same database. At the end every client holds the same content, the stored log replayed
 * by {@code yjs} itself gives that very content, and no inserted token appears twice.
 */
class CollabConvergenceTest {

    private static final Logger LOG = LoggerFactory.getLogger(CollabConvergenceTest.class);
    private static final int CLIENTS = 5;
    private static final int OPS = 1200;

    private static CollabNodes nodes;
    private static World world;
    private static List<UserId> editors;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodes = new CollabNodes(2);
        world = World.create(nodes.bean(0, UserService.class), nodes.bean(0, ProgramService.class),
                nodes.bean(0, TeamService.class));
        editors = new ArrayList<>(List.of(world.a().member(), world.a().processLeader()));
        for (int i = editors.size(); i < CLIENTS; i++) {
            UserId person = TestAccounts.person(nodes.bean(0, UserService.class), "Skribent " + i).id();
            nodes.bean(0, TeamService.class).putMember(world.a().organiser(), world.a().team(), person,
                    TeamRole.MEMBER);
            editors.add(person);
        }
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void fiveClientsConvergeThroughClosesAndARestartWithoutDuplicatedText(int seed) throws Exception {
        String doc = "meeting-notes:" + World.meeting(nodes.bean(0, MeetingService.class), world.a()).value();
        List<String> tokens = editors.stream().map(e -> nodes.bean(0, CollabService.class).issueToken(e)).toList();
        long started = System.nanoTime();
        Document result;
        try (NodeClient client = NodeClient.start(new Document("scenario", "random").append("doc", doc)
                .append("urls", nodes.urls()).append("tokens", tokens).append("seed", seed).append("ops", OPS)
                .append("guardMs", 150_000))) {
            assertThat(client.next().getBoolean("ready")).isTrue();
            Document line = client.next();
            while (line.containsKey("phase")) {
                int node = line.getInteger("node");
                if ("close".equals(line.getString("phase"))) {
                    nodes.bean(node, CollabHandler.class).closeAll(CloseStatus.SERVICE_RESTARTED);
                } else {
                    nodes.stop(node);
                    nodes.start(node);
                }
                client.say("done");
                line = client.next();
            }
            result = line;
        }
        LOG.warn("Convergence seed {}: {} ops {} in {} ms, {} characters", seed, result.getInteger("ops"),
                result.get("counts"), (System.nanoTime() - started) / 1_000_000, result.getString("text").length());

        List<String> deltas = result.getList("deltas", String.class);
        assertThat(deltas).hasSize(CLIENTS).containsOnly(deltas.getFirst());
        assertThat(result.getList("duplicated", String.class)).isEmpty();
        assertThat(result.getInteger("inserted")).isGreaterThan(OPS / 3);
        assertThat(result.get("counts", Document.class).getInteger("disconnect")).isPositive();

        List<String> stored = nodes.bean(0, UpdateLog.class).loadAfterPending(doc).stream()
                .map(e -> Base64.getEncoder().encodeToString(e.update())).toList();
        Document replayed = NodeClient.run(new Document("scenario", "replay").append("updates", stored));
        assertThat(replayed.getString("delta")).isEqualTo(deltas.getFirst());
    }
}
