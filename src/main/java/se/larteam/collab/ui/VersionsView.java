package se.larteam.collab.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.collab.CollabEditor;
import se.larteam.collab.CollabHistoryService;
import se.larteam.collab.RestoreTicket;
import se.larteam.collab.VersionDetails;
import se.larteam.collab.VersionId;
import se.larteam.collab.VersionSummary;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * "Versioner": the history of one co-edited document (any kind, e.g. {@code meeting-notes:<id>}, later
 * {@code reflection:<id>}; owners link here with {@link se.larteam.collab.CollabLinks#versions}). Lists the versions with time and authors, shows one
 * read-only, and lets whoever may write restore it: the restore is made by this page's own editor of the document
 * (opened for it), as an ordinary edit every open editor receives.
 */
@Route("versioner/:document")
@PermitAll
public class VersionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "document";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final CurrentUser currentUser;
    private final CollabHistoryService history;
    private final UserService users;
    private final Div content = new Div();
    private final Section shown = new Section();
    private final Section live = new Section();
    private UserId me;
    private String document;

    VersionsView(CurrentUser currentUser, CollabHistoryService history, UserService users) {
        this.currentUser = currentUser;
        this.history = history;
        this.users = users;
        addClassName("larteam-page");
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collab.history.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        document = event.getRouteParameters().get(PARAMETER).orElse("");
        build();
    }

    private void build() {
        content.removeAll();
        shown.removeAll();
        live.removeAll();
        content.add(new H1(getTranslation("collab.history.title")));
        List<VersionSummary> versions;
        try {
            versions = history.versions(me, document);
        } catch (NotPermittedException e) {
            content.add(new Paragraph(getTranslation("collab.history.not-available")));
            return;
        }
        if (versions.isEmpty()) {
            content.add(new Paragraph(getTranslation("collab.history.none")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("collab.history.intro"));
        intro.addClassName("larteam-muted");
        UnorderedList list = new UnorderedList();
        list.setId("versions");
        for (VersionSummary version : versions) {
            Button show = new Button(when(version), click -> show(version.id()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            show.getElement().setAttribute("aria-label", getTranslation("collab.history.show", when(version)));
            Span kind = new Span(getTranslation("collab.history.kind." + version.kind().name().toLowerCase()));
            kind.getElement().getThemeList().add("badge");
            list.add(new ListItem(show, new Span(" "), kind, new Span(" · " + authors(version))));
        }
        content.add(intro, list, shown, live);
    }

    private void show(VersionId id) {
        shown.removeAll();
        VersionDetails version;
        try {
            version = history.version(me, id);
        } catch (NotPermittedException e) {
            build();
            return;
        }
        H2 heading = new H2(getTranslation("collab.history.version", when(version.summary())));
        Div text = new Div(new Html("<div>" + version.html() + "</div>"));
        text.setId("version-content");
        text.addClassName("larteam-version");
        // Announced as a read-only document region, named by its heading.
        heading.setId("version-heading");
        text.getElement().setAttribute("role", "region").setAttribute("aria-labelledby", "version-heading");
        shown.add(heading, new Paragraph(authors(version.summary())), text);
        if (version.mayRestore()) {
            Button restore = new Button(getTranslation("collab.history.restore"), click -> restore(version));
            restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            shown.add(restore);
        }
    }

    /** Asks for a ticket, then opens the document in this page's own editor, which makes the edit. */
    private void restore(VersionDetails version) {
        RestoreTicket ticket;
        try {
            ticket = history.restore(me, version.summary().id());
        } catch (InvalidInputException e) {
            notify(getTranslation(e.messageKey()), NotificationVariant.LUMO_ERROR);
            return;
        } catch (NotPermittedException e) {
            build();
            return;
        }
        live.removeAll();
        CollabEditor editor = new CollabEditor(document);
        editor.setId("restore-editor");
        editor.setLabel(getTranslation("collab.history.now"));
        editor.setUser(users.profile(me).displayName(), CollabEditor.colourFor(me.value()));
        Paragraph status = new Paragraph(getTranslation("collab.history.restoring"));
        status.getElement().setAttribute("role", "status");
        editor.restore(ticket, ok -> {
            status.setText(getTranslation(ok ? "collab.history.restored" : "collab.history.restore-failed"));
            notify(status.getText(), ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        });
        // The editor's own label names the section; the status says how the restore went.
        live.add(status, editor);
    }

    private String when(VersionSummary version) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(SWEDEN).format(version.at());
    }

    private String authors(VersionSummary version) {
        return version.authors().isEmpty() ? getTranslation("collab.history.no-authors")
                : getTranslation("collab.history.authors", String.join(", ", version.authors()));
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text).addThemeVariants(variant);
    }
}
