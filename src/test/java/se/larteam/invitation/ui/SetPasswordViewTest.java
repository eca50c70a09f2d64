package se.larteam.invitation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

import se.larteam.invitation.InvitationService;
import se.larteam.invitation.Links;
import se.larteam.mail.MailService;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/** A newly imported principal follows the link in her invitation and chooses a password, not signed in. */
class SetPasswordViewTest extends KaribuTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    MailService mail;
    @Autowired
    PasswordEncoder passwords;

    private World world;
    private String address;
    private String token;

    @BeforeEach
    void invite() {
        world = World.create(users, programs, teams);
        address = "sara.al." + System.nanoTime() + "@skola.example";
        UserId sara = Links.imported(users, programs, world, "Sara Al", address);
        invitations.invite(world.a().organiser(), world.a().program(), sara);
        token = Links.latestToken(mail, world.admin(), address);
    }

    @Test
    void tooShortAndMismatchedPasswordsAreExplainedOnTheFieldThenTheRightOneIsSaved() {
        UI.getCurrent().navigate("losenord/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("Välkommen till Lärteam");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Kontot gäller Sara Al (" + address + ").");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Nytt lösenord"));
        PasswordField repeated = _get(PasswordField.class, spec -> spec.withLabel("Upprepa lösenordet"));

        _setValue(password, "kort");
        _setValue(repeated, "kort");
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Lösenordet måste vara minst 10 tecken långt.");
        assertThat(password.getValue()).as("what was typed stays").isEqualTo("kort");

        _setValue(password, "ett-långt-lösenord");
        _setValue(repeated, "ett-långt-lösenrod");
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));
        assertThat(password.isInvalid()).isFalse();
        assertThat(repeated.isInvalid()).isTrue();
        assertThat(repeated.getErrorMessage()).isEqualTo("Lösenorden är inte lika. Skriv samma lösenord i båda fälten.");

        _setValue(repeated, "ett-långt-lösenord");
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));

        assertThat(_get(H1.class).getText()).isEqualTo("Lösenordet är sparat");
        assertThat(_get(Anchor.class, spec -> spec.withText("Till inloggningen")).getHref()).isEqualTo("login");
        assertThat(passwords.matches("ett-långt-lösenord", users.loginAccount(address).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void aUsedLinkSaysSoAndPointsToANewOne() {
        invitations.setPassword(token, "ett-långt-lösenord", "ett-långt-lösenord");

        UI.getCurrent().navigate("losenord/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("Länken har gått ut eller har redan använts");
        assertThat(_get(Anchor.class, spec -> spec.withText("Begär en ny länk")).getHref()).isEqualTo("glomt-losenord");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(PasswordField.class)).isEmpty();
    }

    @Test
    void anUnknownLinkLooksTheSame() {
        UI.getCurrent().navigate("losenord/" + "x".repeat(43));

        assertThat(_get(H1.class).getText()).isEqualTo("Länken har gått ut eller har redan använts");
    }
}
