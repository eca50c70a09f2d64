package se.larteam.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.database.StandaloneEmbeddedServer;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.AppNodes;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Two application nodes, each a full Spring context, sharing one MongoDB-compatible server: a standalone
 * mongo-java-server on loopback, or the server {@code MONGODB_URI} names. A change made through node A's service
 * reaches a subscriber on node B.
 */
class TwoNodesTest {

    private static StandaloneEmbeddedServer sharedServer;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        String uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            sharedServer = StandaloneEmbeddedServer.start("memory", null); // the nodes' own set-up
            uri = sharedServer.connectionString();
        }
        String database = "lt_two_nodes_" + UUID.randomUUID().toString().replace("-", "");
        nodeA = node(uri, database, false);
        nodeB = node(uri, database, true);
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
    void aChangeOnNodeAReachesASubscriberOnNodeB() throws Exception {
        World world = World.create(nodeA.getBean(UserService.class), nodeA.getBean(ProgramService.class),
                nodeA.getBean(TeamService.class));
        Inbox onB = new Inbox();
        nodeB.getBean(LiveUpdates.class).subscribe(world.a().member(), TeamLive.topic(world.a().team()), onB);

        UserId newcomer = TestAccounts.person(nodeA.getBean(UserService.class), "Ny på nod A").id();
        nodeA.getBean(TeamService.class).putMember(world.a().organiser(), world.a().team(), newcomer, TeamRole.MEMBER);

        LiveEvent event = onB.next("team.members-changed", newcomer);
        assertThat(event).isNotNull();
        assertThat(event.actor()).isEqualTo(world.a().organiser());
        // Node B reads the same database: the change is there, not only the event.
        assertThat(nodeB.getBean(TeamService.class).details(world.a().member(), world.a().team()).members())
                .anySatisfy(m -> assertThat(m.id()).isEqualTo(newcomer));
    }

    private static ConfigurableApplicationContext node(String uri, String database, boolean dropOnShutdown) {
        return AppNodes.start(uri, database, dropOnShutdown);
    }
}
