package se.larteam.invitation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;

import se.larteam.invitation.Links;
import se.larteam.mail.MailService;
import se.larteam.testing.KaribuTest;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserProfile;

/** "Glömt lösenordet?" from the login page: the same answer for every address, a link only for a real one. */
class ForgotPasswordViewTest extends KaribuTest {

    private static final String ANSWER = "Om adressen finns hos oss har vi skickat en länk för att välja ett nytt "
            + "lösenord. Länken gäller i en timme. Kolla gärna skräpposten om den dröjer.";

    @Autowired
    MailService mail;

    @Test
    void aPersonWhoForgotTheirPasswordAsksForALinkFromTheLoginPage() {
        UserProfile person = TestAccounts.person(users, "Glömska Gunnel");
        UserId admin = TestAccounts.administrator(users);
        UI.getCurrent().navigate("login");

        LoginFormKt._forgotPassword(_get(LoginForm.class));
        assertThat(_get(H1.class).getText()).isEqualTo("Glömt lösenordet?");

        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-postadress")), person.email());
        _click(_get(Button.class, spec -> spec.withText("Skicka länk")));

        assertThat(_get(Paragraph.class).getText()).isEqualTo(ANSWER);
        String body = Links.mailsTo(mail, admin, person.email()).get(0).body();
        assertThat(body).startsWith("Hej Glömska Gunnel!");
        assertThat(Links.token(body)).hasSize(43);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        UserId admin = TestAccounts.administrator(users);
        String unknown = "ingen." + System.nanoTime() + "@skola.example";
        UI.getCurrent().navigate("glomt-losenord");

        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-postadress")), unknown);
        _click(_get(Button.class, spec -> spec.withText("Skicka länk")));

        assertThat(_get(Paragraph.class).getText()).isEqualTo(ANSWER);
        assertThat(Links.mailsTo(mail, admin, unknown)).isEmpty();
    }

    @Test
    void aMalformedAddressIsExplainedOnTheField() {
        UI.getCurrent().navigate("glomt-losenord");

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-postadress"));
        _setValue(email, "gunnel");
        _click(_get(Button.class, spec -> spec.withText("Skicka länk")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Ange en giltig e-postadress");
        assertThat(email.getValue()).isEqualTo("gunnel");
    }
}
