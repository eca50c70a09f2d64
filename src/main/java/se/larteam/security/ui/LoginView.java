package se.larteam.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The Swedish sign-in page; Spring Security handles the form post at {@code /login}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String FORGOT_PASSWORD = "glomt-losenord";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("justify-content", "center").set("min-height", "100vh").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("margin-bottom", "0");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "var(--lumo-space-xs)");
        form.setAction("login");
        // By path, not by class: the invitation feature depends on security, so security must not depend back.
        form.addForgotPasswordListener(forgot -> forgot.getSource().getUI()
                .ifPresent(ui -> ui.navigate(FORGOT_PASSWORD)));
        form.setI18n(i18n(null));
        add(title, tagline, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            form.setI18n(i18n("login.throttled"));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setI18n(i18n("login.failed"));
            form.setError(true);
        }
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKey == null ? "login.failed.title" : errorKey + ".title"));
        error.setMessage(getTranslation(errorKey == null ? "login.failed" : errorKey));
        error.setUsername(getTranslation("login.email.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
