package se.larteam.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.larteam.invitation.InvitationService;
import se.larteam.invitation.Links;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** A mail server that cannot be reached: the organiser's invitation still succeeds; the outbox says it failed. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000"})
class MailFailureTest {

    @DynamicPropertySource
    static void closedPort(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int closed = port;
        registry.add("spring.mail.port", () -> closed);
    }

    @Autowired
    InvitationService invitations;
    @Autowired
    MailService mail;
    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aFailingMailServerDoesNotFailTheInvitationAndIsRecorded() throws Exception {
        World world = World.create(users, programs, teams);
        String address = "ulla." + System.nanoTime() + "@skola.example";
        UserId ulla = Links.imported(users, programs, world, "Ulla Ås", address);

        assertThat(invitations.invite(world.a().organiser(), world.a().program(), ulla)).isTrue();

        // The sending thread records the failure once the connection is refused.
        OutboxEntry failed = Links.awaitMailTo(mail, world.admin(), address);
        assertThat(Links.mailsTo(mail, world.admin(), address)).hasSize(1);
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.reason()).isNotBlank();
        assertThat(failed.body()).as("hidden while a mail server is configured").isNull();
        // Nor is the live link kept in the database: the stored copy has it blanked out.
        OutgoingMail stored = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("to").is(address)), OutgoingMail.class);
        assertThat(stored.body()).contains("/losenord/[dold länk]").doesNotContainPattern("losenord/[A-Za-z0-9_-]{43}");
    }
}
