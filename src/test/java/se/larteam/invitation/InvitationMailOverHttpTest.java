package se.larteam.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import se.larteam.mail.MailService;
import se.larteam.mail.MailStatus;
import se.larteam.mail.OutboxEntry;
import se.larteam.testing.Browser;
import se.larteam.testing.HttpTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/**
 * The whole way with a real SMTP server (GreenMail, in-process): an organiser invites an imported person, the mail
 * arrives, its link opens the public page in a browser, the password is chosen there, and a sign-in over HTTP with
 * it succeeds. Also: the public pages load without a session while the outbox still asks for a login.
 */
class InvitationMailOverHttpTest extends HttpTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("larteam.public-url", () -> "https://larteam.test/");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    InvitationService invitations;
    @Autowired
    MailService mail;

    @Test
    void anInvitedPersonChoosesAPasswordFromTheMailAndSignsIn() throws Exception {
        World world = World.create(users, programs, teams);
        String address = "maj.ek." + System.nanoTime() + "@skola.example";
        UserId maj = Links.imported(users, programs, world, "Maj Ek", address);
        assertThat(login(address, "vad-som-helst-1", "198.51.100.20").headers().firstValue("Location"))
                .as("no password yet: no way in").hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        assertThat(invitations.inviteAll(world.a().organiser(), world.a().program())).isEqualTo(1);

        assertThat(SMTP.waitForIncomingEmail(15_000, 1)).as("the invitation reaches the mail server").isTrue();
        MimeMessage received = List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> address(m).equals(address)).findFirst().orElseThrow();
        assertThat(received.getSubject()).isEqualTo("Inbjudan till Program A i Lärteam");
        assertThat(received.getFrom()[0].toString()).contains("no-reply@larteam.invalid");
        String body = String.valueOf(received.getContent());
        assertThat(body).startsWith("Hej Maj Ek!").contains("https://larteam.test/losenord/");
        String token = Links.token(body);

        // Recorded as sent; the outbox does not keep or show the live link when a mail server is configured.
        OutboxEntry recorded = Links.awaitMailTo(mail, world.admin(), address);
        assertThat(recorded.status()).isEqualTo(MailStatus.SENT);
        assertThat(recorded.body()).isNull();
        assertThat(mail.outbox(world.admin()).bodiesShown()).isFalse();

        HttpResponse<String> page = get("/losenord/" + token);
        assertThat(page.statusCode()).as("the link's page is public").isEqualTo(200);

        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            var wait = browser.waiting();
            driver.get(url("/losenord/" + token).toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Välkommen till Lärteam"));
            assertThat(browser.mainText()).contains("Maj Ek").contains(address);
            var fields = driver.findElements(By.cssSelector("vaadin-password-field input"));
            assertThat(fields).hasSize(2);
            fields.get(0).sendKeys("mitt-nya-lösenord");
            fields.get(1).sendKeys("mitt-nya-lösenord", Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lösenordet är sparat"));
            browser.screenshot("password-saved");

            driver.get(url("/losenord/" + token).toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                    "Länken har gått ut eller har redan använts"));
        }

        HttpResponse<String> signedIn = login(address, "mitt-nya-lösenord", "198.51.100.21");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }

    @Test
    void thePasswordPagesArePublicAndTheRestStillAsksForALogin() throws Exception {
        for (String path : new String[] {"/glomt-losenord", "/losenord/okand-lank"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html lang=\"sv\"");
        }
        for (String path : new String[] {"/", "/admin/utkorg", "/program/x/import", "/losenord", "/losenord/a/b"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }


    private static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
