package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import se.larteam.testing.HttpTest;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserProfile;

/** The editor's module is served to signed-in people only (it is of no use to anyone else); {@code /collab} alone is open. */
class EditorModuleOverHttpTest extends HttpTest {

    @Test
    void theModuleNeedsASignedInSession() throws Exception {
        HttpResponse<String> anonymous = get(CollabEditor.MODULE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        UserProfile person = TestAccounts.person(users, "Modul Läsare");
        HttpResponse<String> signedIn = login(person.email(), TestAccounts.PASSWORD, "198.51.100.40");
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> module = http.send(HttpRequest.newBuilder(url(CollabEditor.MODULE))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(module.body()).contains("larteam-collab-editor");
    }
}
