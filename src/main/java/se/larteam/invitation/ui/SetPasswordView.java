package se.larteam.invitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.invitation.InvitationService;
import se.larteam.invitation.LinkHolder;
import se.larteam.invitation.LinkPurpose;
import se.larteam.user.UserService;

/**
 * Where an invitation or a forgotten-password link lands: public, since the person cannot sign in yet; the link is
 * the credential. An unknown, used or expired link gets one page that reveals nothing about why.
 */
@Route(value = "losenord/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private String title = "";

    SetPasswordView(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        invitations.holder(token).ifPresentOrElse(holder -> showForm(token, holder), this::showInvalid);
    }

    private void showForm(String token, LinkHolder holder) {
        title = getTranslation(holder.purpose() == LinkPurpose.INVITATION ? "password.welcome" : "password.title");
        Paragraph whose = new Paragraph(getTranslation("password.account", holder.displayName(), holder.email()));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", UserService.MIN_PASSWORD_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setRequiredIndicatorVisible(true);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = submitButton(getTranslation("password.save"));
        save.addClickListener(click -> {
            password.setInvalid(false);
            repeated.setInvalid(false);
            try {
                invitations.setPassword(token, password.getValue(), repeated.getValue());
                showSaved();
            } catch (InvalidInputException invalid) {
                PasswordField field = "repeated".equals(invalid.field()) ? repeated : password;
                field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                field.setInvalid(true);
            } catch (NotPermittedException usedMeanwhile) {
                showInvalid();
            }
        });
        add(new H1(title), whose, password, repeated, save);
        password.focus();
    }

    private void showSaved() {
        removeAll();
        title = getTranslation("password.saved");
        add(new H1(title), new Paragraph(getTranslation("password.saved.text")),
                new Anchor("login", getTranslation("password.to-login")));
    }

    private void showInvalid() {
        removeAll();
        title = getTranslation("password.link-invalid");
        add(new H1(title), new Paragraph(getTranslation("password.link-invalid.text")),
                new Anchor(ForgotPasswordView.ROUTE, getTranslation("password.ask-new-link")));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
