package se.larteam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import se.larteam.testing.HttpTest;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserProfile;

/** Signing in as a browser does: a form post over real HTTP, with answers read from redirects. */
class LoginOverHttpTest extends HttpTest {

    @Test
    void publicPathsAreOpenAndTheRestAsksForALogin() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> loginPage = get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("<html lang=\"sv\"");

        assertThat(get("/styles/larteam.css").statusCode()).isEqualTo(200);

        for (String path : new String[] {"/", "/team/anything"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void theRightPasswordSignsInAndTheWrongOneSaysSo() throws Exception {
        UserProfile person = TestAccounts.person(users, "Åsa Prövar");

        HttpResponse<String> wrong = login(person.email(), "inte-rätt-lösenord", "198.51.100.10");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        HttpResponse<String> right = login(person.email().toUpperCase(), TestAccounts.PASSWORD, "198.51.100.10");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        String session = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();

        HttpResponse<String> home = http.send(HttpRequest.newBuilder(url("/")).header("Cookie", session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsThrottleThatAccountFromThatAddressOnly() throws Exception {
        UserProfile person = TestAccounts.person(users, "Göran Glömsk");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = login(person.email(), "fel-" + i, "203.0.113.5");
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> throttled = login(person.email(), TestAccounts.PASSWORD, "203.0.113.5");
        assertThat(throttled.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));

        HttpResponse<String> elsewhere = login(person.email(), TestAccounts.PASSWORD, "198.51.100.77");
        assertThat(elsewhere.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }
}
