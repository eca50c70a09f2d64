package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Co-editing across two application nodes on one database, with the official provider in Node. */
class CollabTwoNodesTest {

    private static CollabNodes nodes;
    private static World world;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodes = new CollabNodes(2);
        world = World.create(nodes.bean(0, UserService.class), nodes.bean(0, ProgramService.class),
                nodes.bean(0, TeamService.class));
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static String newNotes() {
        return "meeting-notes:" + World.meeting(nodes.bean(0, MeetingService.class), world.a()).value();
    }

    private static String token(int node, se.larteam.user.UserId user) {
        return nodes.bean(node, CollabService.class).issueToken(user);
    }

    @Test
    void aCaretSetOnNodeAAppearsOnNodeBAndGoesWhenItsClientDisconnects() throws Exception {
        String doc = newNotes();

        Document result = NodeClient.run(new Document("scenario", "awarenessAcross").append("doc", doc)
                .append("urls", nodes.urls())
                .append("tokens", List.of(token(0, world.a().member()), token(1, world.a().processLeader()))));

        assertThat(result.get("seen", Document.class).getString("name")).isEqualTo("Ada på nod A");
        assertThat(result.get("seen", Document.class).getInteger("anchor")).isEqualTo(3);
        // Far below the 30 s after which providers drop silent peers themselves: the removal was relayed.
        assertThat(result.getInteger("removedMs")).isLessThan(10_000);
    }

    @Test
    void aMemberRemovedOnNodeAIsSentAwayAtOnceFromTheDocumentOpenOnNodeB() throws Exception {
        String doc = newNotes();
        UserId member = TestAccounts.person(nodes.bean(0, UserService.class), "Rut Rörlig").id();
        nodes.bean(0, TeamService.class).putMember(world.a().organiser(), world.a().team(), member, TeamRole.MEMBER);

        try (NodeClient client = NodeClient.start(new Document("scenario", "watchAccess").append("doc", doc)
                .append("url", nodes.url(1)).append("token", token(1, member)))) {
            assertThat(client.next().getBoolean("ready")).isTrue();
            long start = System.nanoTime();
            nodes.bean(0, TeamService.class).removeMember(world.a().organiser(), world.a().team(), member);
            Document result = client.next();

            assertThat(result.getList("events", Document.class)).extracting(e -> e.getString("reason"))
                    .containsExactly("forbidden");
            assertThat(result.getBoolean("authenticated")).isFalse();
            // Well within the periodic recheck (30 s): it was the membership event that sent the member away.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aWriterWhoMayNowOnlyReadIsToldAtOnceAndHerEditsAreNotStored() throws Exception {
        MeetingService meetings = nodes.bean(0, MeetingService.class);
        MeetingId meeting = World.heldMeeting(meetings, world.a());
        String doc = "meeting-notes:" + meeting.value();
        NodeClient.run(new Document("scenario", "write").append("doc", doc).append("url", nodes.url(0))
                .append("token", token(0, world.a().member())).append("text", "Protokoll."));

        try (NodeClient client = NodeClient.start(new Document("scenario", "watchAccess").append("doc", doc)
                .append("url", nodes.url(1)).append("token", token(1, world.a().member()))
                .append("text", " Ändrat efter justeringen."))) {
            assertThat(client.next().getBoolean("ready")).isTrue();
            meetings.approve(world.a().processLeader(), meeting);
            Document result = client.next();

            assertThat(result.getList("events", Document.class)).extracting(e -> e.getString("scope"))
                    .containsExactly("readonly");
            assertThat(result.getBoolean("authenticated")).isTrue();
            assertThat(result.getString("text")).isEqualTo("Protokoll. Ändrat efter justeringen.");
            assertThat(result.getInteger("unsynced")).as("the refused edit is never acknowledged").isPositive();
        }
        Document read = NodeClient.run(new Document("scenario", "read").append("doc", doc).append("url", nodes.url(0))
                .append("token", token(0, world.a().processLeader())));
        assertThat(read.getString("text")).isEqualTo("Protokoll.");
    }
}
