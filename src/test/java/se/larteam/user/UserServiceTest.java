package se.larteam.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.mongodb.client.MongoClient;

import se.larteam.base.InvalidInputException;

/** Accounts, on a database of their own so that "no administrator exists yet" is true at the start. */
@SpringBootTest
class UserServiceTest {

    @Autowired
    MongoClient client;
    @Autowired
    PasswordEncoder passwords;

    private MongoTemplate mongo;
    private UserService users;

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "lt_users_" + UUID.randomUUID().toString().replace("-", ""));
        users = new UserService(mongo, passwords, Clock.systemUTC());
        users.createIndexes();
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
    }

    @Test
    void theFirstAdministratorIsCreatedOnceEvenWhenNodesRace() {
        List<CompletableFuture<Optional<UserProfile>>> nodes = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> users.createFirstAdministrator(
                        new NewUser("admin" + i + "@test.example", "Admin " + i, "", ""), "ett-långt-lösenord")))
                .toList();
        long created = nodes.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();

        assertThat(created).isEqualTo(1);
        assertThat(users.createFirstAdministrator(new NewUser("sen@test.example", "Sen", "", ""), "ett-långt-lösenord"))
                .isEmpty();
    }

    @Test
    void theFirstAdministratorCanSignIn() {
        UserProfile admin = users.createFirstAdministrator(
                new NewUser("  Chef@Kommunen.example ", "Chef Chefsson", "", ""), "ett-långt-lösenord").orElseThrow();

        assertThat(admin.email()).isEqualTo("chef@kommunen.example");
        assertThat(users.isAdministrator(admin.id())).isTrue();
        LoginAccount account = users.loginAccount("CHEF@kommunen.example").orElseThrow();
        assertThat(passwords.matches("ett-långt-lösenord", account.passwordHash())).isTrue();
        assertThat(account.passwordHash()).doesNotContain("ett-långt-lösenord");
    }

    @Test
    void badInputIsRejectedWithAReasonPerField() {
        UserId admin = TestAccounts.administrator(users);
        assertThatThrownBy(() -> users.createUser(admin, new NewUser("inte-en-adress", "Namn", "", ""), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("validation.email");
                });
        assertThatThrownBy(() -> users.createUser(admin, new NewUser("a@b.example", "  ", "", ""), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("displayName"));
        assertThatThrownBy(() -> users.createUser(admin, new NewUser("a@b.example", "Namn", "", ""), "kort"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.password-too-short"));
        users.createUser(admin, new NewUser("a@b.example", "Namn", "", ""), null);
        assertThatThrownBy(() -> users.createUser(admin, new NewUser("A@B.example", "Namn två", "", ""), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.email-taken"));
    }

    @Test
    void anAccountWithoutPasswordCannotSignInYet() {
        UserId admin = TestAccounts.administrator(users);
        users.createUser(admin, new NewUser("inbjuden@test.example", "Inbjuden", "", ""), null);
        assertThat(users.loginAccount("inbjuden@test.example").orElseThrow().passwordHash()).isNull();
    }

    @Test
    void theLanguageChoiceIsRemembered() {
        UserId person = TestAccounts.person(users, "Elin Engelska").id();
        assertThat(users.profile(person).language()).isEqualTo(Locale.of("sv", "SE"));
        users.changeLanguage(person, Locale.UK);
        assertThat(users.profile(person).language()).isEqualTo(Locale.ENGLISH);
        users.changeLanguage(person, Locale.JAPANESE);
        assertThat(users.profile(person).language().getLanguage()).isEqualTo("sv");
    }
}
