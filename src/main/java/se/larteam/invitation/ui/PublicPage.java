package se.larteam.invitation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;

/** A narrow, centred page for people who are not signed in, laid out like the login page. */
abstract class PublicPage extends Main {

    PublicPage() {
        addClassName("larteam-public-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("max-width", "28rem")
                .set("margin", "0 auto").set("padding", "var(--lumo-space-l) var(--lumo-space-m)")
                .set("box-sizing", "border-box");
    }

    /** The page's one action, also on Enter. */
    static Button submitButton(String text) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickShortcut(Key.ENTER);
        return button;
    }
}
