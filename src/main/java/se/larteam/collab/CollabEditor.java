package se.larteam.collab;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.VaadinServlet;

/**
 * The co-editing rich-text editor, {@code <larteam-collab-editor>}: TipTap with Yjs in the browser, kept in sync
 * with {@code /collab} by the official Hocuspocus provider and authenticated by the browser's session. The element
 * comes from our own pre-built module ({@code frontend/src/collab-editor.js}, bundled by the Maven build to
 * {@code META-INF/resources/collab/}) loaded at attach time with {@code Page.addJsModule}, so Vaadin's pre-compiled
 * bundle stays untouched ({@code @JsModule} would make Vaadin rebuild it).
 *
 * <p>The content never passes through this component: the server side only sets what to open and how, and hears
 * the browser's save state (for the view and for tests that cannot run the browser).
 */
@Tag("larteam-collab-editor")
public class CollabEditor extends Component implements HasSize {

    /** Where the bundle is served, relative to the context path. */
    public static final String MODULE = "/collab/collab-editor.js";
    /** Caret colours with enough contrast for white label text. */
    static final List<String> COLOURS = List.of("#1a66d9", "#b3261e", "#146c2e", "#8a4b00", "#6a3fb5", "#00677d",
            "#a1286a", "#4a5a00");

    /** What the browser last reported about saving. */
    public enum SaveState {
        /** Not reported yet (the editor has not started, or runs where there is no browser). */
        UNKNOWN,
        SAVED,
        SAVING,
        OFFLINE
    }

    private SaveState state = SaveState.UNKNOWN;

    public CollabEditor(String documentName) {
        setDocumentName(documentName);
        getElement().setAttribute("collab-path", contextPath() + "/collab");
        getElement().addEventListener("collab-state", event -> state = parse(event.getEventData()
                .get("event.detail.state").asString())).addEventData("event.detail.state");
        setWidthFull();
        setStateTexts(getTranslation("collab.editor.saved"), getTranslation("collab.editor.saving"),
                getTranslation("collab.editor.offline"));
        setToolbarTexts(getTranslation("collab.editor.toolbar"), getTranslation("collab.editor.bold"),
                getTranslation("collab.editor.italic"), getTranslation("collab.editor.bullets"),
                getTranslation("collab.editor.heading"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJsModule(contextPath() + MODULE);
    }

    private static String contextPath() {
        VaadinServlet servlet = VaadinServlet.getCurrent();
        return servlet == null ? "" : servlet.getServletContext().getContextPath();
    }

    private static SaveState parse(String state) {
        try {
            return SaveState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SaveState.UNKNOWN;
        }
    }

    /** A stable colour for a person's caret, from their id. */
    public static String colourFor(String personId) {
        return COLOURS.get(Math.floorMod(Objects.hashCode(personId), COLOURS.size()));
    }

    public String getDocumentName() {
        return getElement().getAttribute("document-name");
    }

    public final void setDocumentName(String documentName) {
        getElement().setAttribute("document-name", Objects.requireNonNull(documentName));
    }

    /** The name shown on this person's caret to the others. */
    public void setUser(String displayName, String colour) {
        getElement().setAttribute("user-name", displayName);
        getElement().setAttribute("user-color", colour);
    }

    public String getUserName() {
        return getElement().getAttribute("user-name");
    }

    public String getUserColour() {
        return getElement().getAttribute("user-color");
    }

    /** Read-only in the browser; the server enforces it anyway (it answers with a read-only scope). */
    public void setReadOnly(boolean readOnly) {
        getElement().setAttribute("readonly", readOnly);
    }

    public boolean isReadOnly() {
        return getElement().hasAttribute("readonly");
    }

    /** The visible label, also the accessible name of the editing area. */
    public void setLabel(String label) {
        getElement().setAttribute("label", label);
    }

    public String getLabel() {
        return getElement().getAttribute("label");
    }

    /** The save-state texts: saved, saving, and offline with edits kept for later. */
    public void setStateTexts(String saved, String saving, String offline) {
        getElement().setAttribute("text-saved", saved);
        getElement().setAttribute("text-saving", saving);
        getElement().setAttribute("text-offline", offline);
    }

    public String getStateText(SaveState state) {
        return getElement().getAttribute("text-" + state.name().toLowerCase(Locale.ROOT));
    }

    /** Accessible names of the toolbar and its buttons (bold, italic, bullet list, heading). */
    public void setToolbarTexts(String toolbar, String bold, String italic, String bullets, String heading) {
        getElement().setAttribute("text-toolbar", toolbar);
        getElement().setAttribute("text-bold", bold);
        getElement().setAttribute("text-italic", italic);
        getElement().setAttribute("text-bullets", bullets);
        getElement().setAttribute("text-heading", heading);
    }

    /**
     * Restores a version through this editor (see {@link RestoreTicket}): once in sync, it asks the server for the
     * version and makes the document that content as one ordinary edit; the listener hears whether it did.
     */
    public void restore(RestoreTicket ticket, com.vaadin.flow.function.SerializableConsumer<Boolean> restored) {
        getElement().setAttribute("restore-ticket", ticket.value());
        com.vaadin.flow.dom.DomListenerRegistration[] registration = {null};
        registration[0] = getElement().addEventListener("collab-restored", event -> {
            registration[0].remove();
            getElement().removeAttribute("restore-ticket");
            restored.accept(event.getEventData().get("event.detail.ok").asBoolean());
        }).addEventData("event.detail.ok");
    }

    /** The ticket of a restore this editor is asked to make, or null. */
    public String getRestoreTicket() {
        return getElement().getAttribute("restore-ticket");
    }

    /** What the browser last reported: saved, saving or offline. */
    public SaveState getSaveState() {
        return state;
    }
}
