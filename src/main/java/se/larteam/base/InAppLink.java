package se.larteam.base;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to another page of the app by its address, for features that must not import the target view (which
 * would tie their modules in a cycle). The router handles it, so the page changes without a full reload.
 */
public final class InAppLink {

    private InAppLink() {
    }

    public static Anchor to(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
