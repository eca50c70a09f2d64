package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.database.StandaloneEmbeddedServer;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.AppNodes;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/**
 * Two application nodes sharing one database, each with its own search index: a reading added through node A is
 * found on node B within a second, and a reading removed on A disappears from B's search.
 */
class LibrarySearchTwoNodesTest {

    private static StandaloneEmbeddedServer sharedServer;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        sharedServer = StandaloneEmbeddedServer.start("memory", null); // the nodes' own set-up
        String uri = sharedServer.connectionString();
        String database = "lt_search_nodes_" + UUID.randomUUID().toString().replace("-", "");
        nodeA = node(uri, database);
        nodeB = node(uri, database);
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (sharedServer != null) {
            sharedServer.close();
        }
    }

    @Test
    void aReadingAddedOnNodeAIsFoundOnNodeBWithinASecond() throws InterruptedException {
        World world = World.create(nodeA.getBean(UserService.class), nodeA.getBean(ProgramService.class),
                nodeA.getBean(TeamService.class));
        ReadingService onA = nodeA.getBean(ReadingService.class);
        ReadingService onB = nodeB.getBean(ReadingService.class);
        LibrarySearch search = LibrarySearch.text("utveckling");
        assertThat(onB.searchCount(world.a().reader(), world.a().program(), search)).isZero();

        long added = System.nanoTime();
        ReadingId id = onA.addToLibrary(world.a().organiser(), world.a().program(), new ReadingDraft(
                "Skolutveckling på nod A", List.of("Nod A"), 2024, ReadingKind.REPORT, "", "", "", "sv", "", List.of(),
                Evidence.RESEARCH, List.of()));
        long deadline = added + Duration.ofSeconds(1).toNanos();
        while (onB.searchCount(world.a().reader(), world.a().program(), search) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(onB.search(world.a().reader(), world.a().program(), search, 0, 10))
                .as("found on node B within a second").extracting(h -> h.reading().title())
                .containsExactly("Skolutveckling på nod A");

        onA.delete(world.a().organiser(), id);
        deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (onB.searchCount(world.a().reader(), world.a().program(), search) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(onB.searchCount(world.a().reader(), world.a().program(), search)).isZero();
    }

    private static ConfigurableApplicationContext node(String uri, String database) {
        return AppNodes.start(uri, database, false);
    }
}
