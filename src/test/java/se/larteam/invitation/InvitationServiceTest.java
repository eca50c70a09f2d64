package se.larteam.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.mail.MailService;
import se.larteam.mail.MailStatus;
import se.larteam.mail.OutboxEntry;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.MutableClock;
import se.larteam.testing.World;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Invitations and password links without a mail server: every message lands in the outbox, links and all. */
@SpringBootTest
@Import(InvitationServiceTest.Clocks.class)
class InvitationServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        }
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
    MutableClock clock;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PasswordEncoder passwords;

    private World world;
    private String domain;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        domain = "@" + System.nanoTime() + ".example";
    }

    @Test
    void inviteAllInvitesThoseWithoutAPasswordAndNotAgainWithinADay() {
        UserId anna = imported("Anna Ängel", "anna");
        UserId bo = imported("Bo Örn", "bo");

        assertThat(invitations.overview(world.a().organiser(), world.a().program()))
                .filteredOn(Invitee::due).extracting(Invitee::id).containsExactlyInAnyOrder(anna, bo);
        assertThat(invitations.inviteAll(world.a().organiser(), world.a().program())).isEqualTo(2);

        OutboxEntry toAnna = Links.mailsTo(mail, world.admin(), "anna" + domain).get(0);
        assertThat(toAnna.status()).isEqualTo(MailStatus.NOT_SENT);
        assertThat(toAnna.subject()).isEqualTo("Inbjudan till Program A i Lärteam");
        assertThat(toAnna.body()).startsWith("Hej Anna Ängel!").contains("programmet Program A")
                .containsPattern("http://localhost:8080/losenord/[A-Za-z0-9_-]{43}\\n")
                .contains("Länken gäller till ").contains("kan användas en gång");
        assertThat(invitations.overview(world.a().organiser(), world.a().program()))
                .filteredOn(i -> i.id().equals(anna)).singleElement()
                .satisfies(i -> assertThat(i.lastInvited()).isEqualTo(clock.instant()))
                .satisfies(i -> assertThat(i.due()).isFalse());

        assertThat(invitations.inviteAll(world.a().organiser(), world.a().program())).isZero();
        clock.advance(Duration.ofHours(25));
        assertThat(invitations.inviteAll(world.a().organiser(), world.a().program())).isEqualTo(2);
        assertThat(Links.mailsTo(mail, world.admin(), "anna" + domain)).hasSize(2);
    }

    @Test
    void aLinkSetsThePasswordOnceAndARefusedPasswordLeavesItWorking() {
        UserId anna = imported("Anna Ängel", "anna");
        assertThat(invitations.invite(world.a().organiser(), world.a().program(), anna)).isTrue();
        String token = Links.latestToken(mail, world.admin(), "anna" + domain);

        assertThat(invitations.holder(token)).contains(new LinkHolder("Anna Ängel", "anna" + domain, LinkPurpose.INVITATION));
        assertThatThrownBy(() -> invitations.setPassword(token, "kort", "kort"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("validation.password-too-short");
                });
        assertThatThrownBy(() -> invitations.setPassword(token, "ett-långt-lösenord", "ett-annat-lösenord"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("repeated"));
        assertThat(invitations.holder(token)).isPresent();

        invitations.setPassword(token, "ett-långt-lösenord", "ett-långt-lösenord");

        var account = users.loginAccount("anna" + domain).orElseThrow();
        assertThat(account.enabled()).isTrue();
        assertThat(passwords.matches("ett-långt-lösenord", account.passwordHash())).isTrue();
        assertThat(invitations.holder(token)).isEmpty();
        assertThatThrownBy(() -> invitations.setPassword(token, "ett-annat-lösenord", "ett-annat-lösenord"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(passwords.matches("ett-långt-lösenord", users.loginAccount("anna" + domain).orElseThrow()
                .passwordHash())).isTrue();
        assertThat(invitations.invite(world.a().organiser(), world.a().program(), anna))
                .as("someone with a password needs no invitation").isFalse();
    }

    @Test
    void anInvitationExpiresAfterFourteenDays() {
        UserId anna = imported("Anna Ängel", "anna");
        invitations.invite(world.a().organiser(), world.a().program(), anna);
        String token = Links.latestToken(mail, world.admin(), "anna" + domain);

        clock.advance(Duration.ofDays(14).minusMinutes(1));
        assertThat(invitations.holder(token)).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(invitations.holder(token)).isEmpty();
        assertThatThrownBy(() -> invitations.setPassword(token, "ett-långt-lösenord", "ett-långt-lösenord"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(users.loginAccount("anna" + domain).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void aNewerLinkSupersedesTheOlderOne() {
        UserId anna = imported("Anna Ängel", "anna");
        invitations.invite(world.a().organiser(), world.a().program(), anna);
        String first = Links.latestToken(mail, world.admin(), "anna" + domain);
        clock.advance(Duration.ofSeconds(1));
        invitations.invite(world.a().organiser(), world.a().program(), anna);
        String second = Links.latestToken(mail, world.admin(), "anna" + domain);
        assertThat(second).isNotEqualTo(first);

        assertThat(invitations.holder(first)).isEmpty();
        assertThatThrownBy(() -> invitations.setPassword(first, "ett-långt-lösenord", "ett-långt-lösenord"))
                .isInstanceOf(NotPermittedException.class);
        invitations.setPassword(second, "ett-långt-lösenord", "ett-långt-lösenord");
        assertThat(users.loginAccount("anna" + domain).orElseThrow().passwordHash()).isNotNull();
    }

    @Test
    void twoSubmissionsAtOnceCannotBothUseTheLink() throws Exception {
        UserId anna = imported("Anna Ängel", "anna");
        invitations.invite(world.a().organiser(), world.a().program(), anna);
        String token = Links.latestToken(mail, world.admin(), "anna" + domain);

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> attempts = new ArrayList<>();
        for (String password : List.of("första-lösenordet", "andra-lösenordet")) {
            attempts.add(() -> {
                start.await();
                try {
                    invitations.setPassword(token, password, password);
                    return password;
                } catch (NotPermittedException refused) {
                    return null;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            attempts.forEach(a -> results.add(pool.submit(a)));
            start.countDown();
            List<String> won = new ArrayList<>();
            for (Future<String> result : results) {
                String password = result.get();
                if (password != null) {
                    won.add(password);
                }
            }
            assertThat(won).hasSize(1);
            assertThat(passwords.matches(won.get(0), users.loginAccount("anna" + domain).orElseThrow().passwordHash()))
                    .isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheHashOfALinkIsStored() {
        UserId anna = imported("Anna Ängel", "anna");
        invitations.invite(world.a().organiser(), world.a().program(), anna);
        String token = Links.latestToken(mail, world.admin(), "anna" + domain);

        List<Document> links = mongo.findAll(Document.class, PasswordLink.COLLECTION);
        assertThat(links).noneMatch(d -> d.toJson().contains(token));
        assertThat(links).anyMatch(d -> d.getString("_id").equals(InvitationService.hash(token)));
        assertThat(InvitationService.hash(token)).hasSize(64);
    }

    @Test
    void aForgottenPasswordGetsAResetLinkValidForAnHour() {
        UserId anna = imported("Anna Ängel", "anna");
        invitations.requestReset("  ANNA" + domain.toUpperCase(Locale.ROOT) + " ");

        OutboxEntry reset = Links.mailsTo(mail, world.admin(), "anna" + domain).get(0);
        assertThat(reset.subject()).isEqualTo("Nytt lösenord till Lärteam");
        String token = Links.token(reset.body());
        assertThat(invitations.holder(token)).hasValueSatisfying(h -> assertThat(h.purpose()).isEqualTo(LinkPurpose.RESET));
        clock.advance(Duration.ofMinutes(61));
        assertThat(invitations.holder(token)).isEmpty();
        assertThat(anna).isNotNull();
    }

    @Test
    void anUnknownAddressIsAnsweredAlikeAndGetsNothing() {
        long before = mongo.getCollection("outgoing_mail").countDocuments();
        long linksBefore = mongo.getCollection(PasswordLink.COLLECTION).countDocuments();

        invitations.requestReset("finns.inte" + domain);

        assertThat(mongo.getCollection("outgoing_mail").countDocuments()).isEqualTo(before);
        assertThat(mongo.getCollection(PasswordLink.COLLECTION).countDocuments()).isEqualTo(linksBefore);
        assertThatThrownBy(() -> invitations.requestReset("inte en adress")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void atMostThreeResetMailsPerAccountAnHour() {
        imported("Anna Ängel", "anna");
        for (int i = 0; i < 5; i++) {
            invitations.requestReset("anna" + domain);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(Links.mailsTo(mail, world.admin(), "anna" + domain)).hasSize(3);

        clock.advance(Duration.ofHours(1));
        invitations.requestReset("anna" + domain);
        assertThat(Links.mailsTo(mail, world.admin(), "anna" + domain)).hasSize(4);
    }

    @Test
    void organisersInviteOnlyThePeopleOfTheirOwnProgram() {
        assertThatThrownBy(() -> invitations.invite(world.a().organiser(), world.a().program(), world.b().member()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> invitations.invite(world.a().organiser(), world.b().program(), world.b().member()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> invitations.inviteAll(world.a().member(), world.a().program()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theMailSpeaksThePersonsLanguage() {
        UserId anna = imported("Anna Ängel", "anna");
        // The language is the person's own choice; here set for them as the import could not.
        users.changeLanguage(anna, Locale.ENGLISH);
        invitations.invite(world.a().organiser(), world.a().program(), anna);

        OutboxEntry mailToAnna = Links.mailsTo(mail, world.admin(), "anna" + domain).get(0);
        assertThat(mailToAnna.subject()).isEqualTo("Invitation to Program A in Lärteam");
        assertThat(mailToAnna.body()).startsWith("Hello Anna Ängel,").contains("The link works until ");
    }

    /** As the roster import leaves people: an account without a password, a participant of program A. */
    private UserId imported(String name, String local) {
        return Links.imported(users, programs, world, name, local + domain);
    }
}
