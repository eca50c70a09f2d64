package se.larteam.invitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.larteam.base.InvalidInputException;
import se.larteam.invitation.InvitationService;
import se.larteam.invitation.LinkValidity;

/**
 * "Glömt lösenordet?": asks for the address and always answers the same, so the page cannot be used to find out
 * who has an account. The login page links here by path (the security module must not depend on this one).
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage implements HasDynamicTitle {

    static final String ROUTE = "glomt-losenord";

    ForgotPasswordView(InvitationService invitations) {
        Paragraph help = new Paragraph(getTranslation("forgot.help"));
        EmailField email = new EmailField(getTranslation("forgot.email"));
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        Button send = submitButton(getTranslation("forgot.send"));
        send.addClickListener(click -> {
            try {
                invitations.requestReset(email.getValue());
                removeAll();
                var validFor = LinkValidity.wording(invitations.validity().reset());
                add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.sent",
                        getTranslation(validFor.getKey(), validFor.getValue()))),
                        new Anchor("login", getTranslation("password.to-login")));
            } catch (InvalidInputException invalid) {
                email.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                email.setInvalid(true);
            }
        });
        add(new H1(getTranslation("forgot.title")), help, email, send, new Anchor("login", getTranslation("forgot.back")));
        email.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " – " + getTranslation("app.name");
    }
}
