package se.larteam.collab.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import se.larteam.collab.CollabLinks;
import se.larteam.collab.DocumentHome;
import se.larteam.collab.RestoreTicket;
import se.larteam.collab.VersionDetails;
import se.larteam.collab.VersionId;
import se.larteam.collab.VersionSummary;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * "Versioner": the history of one co-edited document (any kind, e.g. {@code meeting-notes:<id>},
 * {@code reflection:<id>}; owners link here with {@link CollabLinks#versions}, and this page links back to where the
 * owner says the document lives). Lists the versions with time and authors, live (a version taken while the page is
 * open joins the list), shows one read-only, and lets whoever may write restore it: the restore is made by this
 * page's own editor of the document (opened for it), as an ordinary edit every open editor receives.
 */
@Route("versioner/:document")
@PermitAll
public class VersionsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "document";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final CurrentUser currentUser;
    private final CollabHistoryService history;
    private final UserService users;
    private final LiveRefresh live;
    private final Div content = new Div();
    /** The list of versions (or "none yet"): the only part a live update replaces. */
    private final Div listArea = new Div();
    private final UnorderedList list = new UnorderedList();
    /** The list's items by version, so a live update adds and drops items and keeps the rest (and their focus). */
    private final Map<VersionId, ListItem> items = new HashMap<>();
    private final Paragraph news = new Paragraph();
    private final Section shown = new Section();
    private final Section restoring = new Section();
    private UserId me;
    private String document;
    private boolean readable;

    VersionsView(CurrentUser currentUser, CollabHistoryService history, UserService users, LiveUpdates liveUpdates) {
        this.currentUser = currentUser;
        this.history = history;
        this.users = users;
        // New versions of this document, on its history topic (which only those who may read the history follow).
        this.live = new LiveRefresh(liveUpdates, event -> CollabLinks.VERSION_TAKEN.equals(event.kind())
                && Objects.equals(document, event.data().get("document")));
        live.bind(this, () -> me, () -> readable ? List.of(CollabLinks.historyTopic(document)) : List.of(),
                this::refresh, this::build);
        addClassName("larteam-page");
        list.setId("versions");
        // Announced politely when a version arrives while the page is open.
        news.getElement().setAttribute("role", "status");
        news.addClassName("larteam-muted");
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
        live.refollow();
    }

    private void build() {
        content.removeAll();
        shown.removeAll();
        restoring.removeAll();
        news.setText("");
        items.clear();
        list.removeAll();
        readable = false;
        content.add(new H1(getTranslation("collab.history.title")));
        List<VersionSummary> versions;
        Optional<DocumentHome> home;
        try {
            versions = history.versions(me, document);
            home = history.home(me, document);
        } catch (NotPermittedException e) {
            content.add(new Paragraph(getTranslation("collab.history.not-available")));
            return;
        }
        readable = true;
        home.ifPresent(h -> content.add(new Paragraph(homeLink(h))));
        content.add(listArea, news, shown, restoring);
        showList(versions);
    }

    /** Access changed while the page was open: it shows what is allowed now and follows only what it may. */
    private void rebuild() {
        build();
        live.refollow();
    }

    /** A live update: the list follows the stored versions; the version shown and a restore under way stay. */
    private void refresh() {
        List<VersionSummary> versions;
        try {
            versions = history.versions(me, document);
        } catch (NotPermittedException e) {
            rebuild();
            return;
        }
        boolean added = versions.stream().anyMatch(v -> !items.containsKey(v.id()));
        showList(versions);
        if (added) {
            news.setText(getTranslation("collab.history.new-version"));
        }
    }

    private void showList(List<VersionSummary> versions) {
        if (versions.isEmpty()) {
            items.clear();
            list.removeAll();
            listArea.removeAll();
            listArea.add(new Paragraph(getTranslation("collab.history.none")));
            return;
        }
        if (items.isEmpty()) {
            Paragraph intro = new Paragraph(getTranslation("collab.history.intro"));
            intro.addClassName("larteam-muted");
            listArea.removeAll();
            listArea.add(intro, list);
        }
        Set<VersionId> now = versions.stream().map(VersionSummary::id).collect(Collectors.toSet());
        items.entrySet().removeIf(entry -> {
            boolean gone = !now.contains(entry.getKey());
            if (gone) {
                list.remove(entry.getValue());
            }
            return gone;
        });
        for (int i = 0; i < versions.size(); i++) {
            VersionSummary version = versions.get(i);
            ListItem item = items.computeIfAbsent(version.id(), id -> item(version));
            if (list.getComponentCount() <= i || list.getComponentAt(i) != item) {
                list.addComponentAtIndex(i, item);
            }
        }
    }

    private ListItem item(VersionSummary version) {
        Button show = new Button(when(version), click -> show(version.id()));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show.getElement().setAttribute("aria-label", getTranslation("collab.history.show", when(version)));
        Span kind = new Span(getTranslation("collab.history.kind." + version.kind().name().toLowerCase()));
        kind.getElement().getThemeList().add("badge");
        return new ListItem(show, new Span(" "), kind, new Span(" · " + authors(version)));
    }

    /** Back to the document's own page, wherever its owning feature says it is. */
    private Anchor homeLink(DocumentHome home) {
        Anchor link = new Anchor(home.route(), getTranslation(home.labelKey()));
        link.getElement().setAttribute("router-link", true);
        link.setId("document-home");
        return link;
    }

    private void show(VersionId id) {
        shown.removeAll();
        VersionDetails version;
        try {
            version = history.version(me, id);
        } catch (NotPermittedException e) {
            rebuild();
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
            rebuild();
            return;
        }
        restoring.removeAll();
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
        restoring.add(status, editor);
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
