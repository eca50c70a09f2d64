package se.larteam.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import se.larteam.testing.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorsLandOnTheSwedishLoginPage() {
        UI.getCurrent().navigate("");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains("\"username\":\"E-postadress\"").contains("\"password\":\"Lösenord\"")
                .contains("\"submit\":\"Logga in\"");
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void aWrongPasswordIsExplained() {
        UI.getCurrent().navigate("login", new QueryParameters(Map.of("error", List.of(""))));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Fel e-postadress eller lösenord");
    }

    @Test
    void throttlingIsExplainedDifferently() {
        UI.getCurrent().navigate("login", new QueryParameters(Map.of("throttled", List.of(""))));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("\"title\":\"För många försök\"").contains("Vänta några minuter");
    }

    /** The texts as the browser receives them. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
