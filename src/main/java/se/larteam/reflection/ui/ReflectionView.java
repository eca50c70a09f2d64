package se.larteam.reflection.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.collab.CollabEditor;
import se.larteam.collab.CollabLinks;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.reflection.Comment;
import se.larteam.reflection.ReflectionDetails;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionLinks;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.ReflectionStatus;
import se.larteam.reflection.ReflectionSummary;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * One reflection with its comments, followed live: a new comment appears without reloading. A refresh rebuilds
 * the comment list but never the field where a new comment is being typed, nor while a reply or an edit is open.
 * All texts are set as text, never as HTML, except the body: its author sees the sanitised HTML of the body's
 * stored copy; everyone else reads it as a live, read-only co-edited document (they follow the author's writing).
 */
@Route("reflektion/:reflectionId")
@PermitAll
public class ReflectionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "reflectionId";

    private final CurrentUser currentUser;
    private final ReflectionService reflections;
    private final LiveRefresh live;
    private final UserService users;
    /** The live body of the reflection shown, kept across refreshes so it stays connected. */
    private CollabEditor bodyEditor;
    private final Div head = new Div();
    private final Section comments = new Section();
    private final TextArea newComment = new TextArea();
    private final Section writing = new Section();
    private UserId me;
    private ReflectionId id;
    private String title = "";
    /** A reply or edit field being typed in: refreshes wait until it is sent or cancelled. */
    private TextArea openEditor;

    ReflectionView(CurrentUser currentUser, ReflectionService reflections, LiveUpdates liveUpdates,
            UserService users) {
        this.users = users;
        this.currentUser = currentUser;
        this.reflections = reflections;
        this.live = new LiveRefresh(liveUpdates, event -> id != null
                && id.value().equals(event.data().get("reflectionId")));
        live.bind(this, () -> me, () -> id == null ? List.of() : List.of(ReflectionLinks.topic(id)), this::refresh,
                this::render);
        addClassName("larteam-page");
        comments.getElement().setAttribute("aria-label", getTranslation("reflection.comments"));
        newComment.setLabel(getTranslation("reflection.comment.new"));
        newComment.setWidthFull();
        newComment.setMaxLength(ReflectionService.MAX_COMMENT);
        Button send = new Button(getTranslation("reflection.comment.send"), click -> addComment());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        writing.add(newComment, send);
        add(head, comments, writing);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        id = event.getRouteParameters().get(PARAMETER).map(ReflectionId::new).orElse(null);
        newComment.clear();
        render();
        live.refollow();
    }




    private void refresh() {
        if (openEditor == null || openEditor.isEmpty()) {
            render();
        }
    }

    private void render() {
        head.removeAll();
        comments.removeAll();
        openEditor = null;
        ReflectionDetails details;
        try {
            if (id == null) {
                throw new NotPermittedException("No reflection id");
            }
            details = reflections.details(me, id);
        } catch (NotPermittedException e) {
            title = getTranslation("reflection.not-available.title");
            head.add(new H1(title), new Paragraph(getTranslation("reflection.not-available")));
            writing.setVisible(false);
            return;
        }
        ReflectionSummary s = details.summary();
        title = s.title();
        head.add(new H1(s.title()));
        head.add(new Paragraph(meta(details)));
        if (details.mine()) {
            head.add(new RouterLink(getTranslation("reflection.edit"), ReflectionEditorView.class,
                    new RouteParameters(ReflectionEditorView.PARAMETER, id.value())), new Span(" · "), versionsLink());
            details.readBy().forEach(r -> head.add(new Paragraph(ReadReceipts.line(r, getLocale(),
                    this::getTranslation))));
            details.visibilityHistory().forEach(c -> head.add(new Paragraph(getTranslation("reflection.visibility-changed",
                    Dates.moment(c.at(), getLocale()), visibility(c.from().name()), visibility(c.to().name())))));
        }
        head.add(body(details));
        comments.add(new H2(getTranslation("reflection.comments")));
        if (details.comments().isEmpty()) {
            comments.add(new Paragraph(getTranslation("reflection.comments.none")));
        }
        details.comments().forEach(c -> comments.add(comment(c, details.mayComment())));
        writing.setVisible(details.mayComment());
    }

    /**
     * The body's history, for its author only: its versions keep the text as it was while a private draft (the
     * history service refuses everyone else, see {@code ReflectionBodyAccess.historyAccess}).
     */
    private Anchor versionsLink() {
        Anchor link = new Anchor(CollabLinks.versions(id.bodyDocument()), getTranslation("collab.history.link"));
        link.getElement().setAttribute("router-link", true);
        link.setId("reflection-versions");
        return link;
    }

    private Component body(ReflectionDetails details) {
        if (details.mine()) {
            Article body = new Article();
            body.setId("reflection-body");
            // Sanitised by the service (jsoup Safelist), from the editor's copy or the escaped plain text.
            body.getElement().setProperty("innerHTML", details.bodyHtml());
            return body;
        }
        if (bodyEditor == null || !bodyEditor.getDocumentName().equals(id.bodyDocument())) {
            bodyEditor = new CollabEditor(id.bodyDocument());
            bodyEditor.setId("reflection-body");
            bodyEditor.setLabel(getTranslation("reflection.field.body"));
            bodyEditor.setUser(users.profile(me).displayName(), CollabEditor.colourFor(me.value()));
            bodyEditor.setReadOnly(true);
        }
        return bodyEditor;
    }

    private String meta(ReflectionDetails details) {
        ReflectionSummary s = details.summary();
        StringBuilder text = new StringBuilder(getTranslation("reflection.meta", s.authorName(), details.teamName()));
        if (s.meetingDate() != null) {
            text.append(" · ").append(getTranslation("reflection.meeting-of", Dates.date(s.meetingDate(), getLocale())));
        }
        if (!s.theme().isBlank()) {
            text.append(" · ").append(getTranslation("reflection.theme-of", s.theme()));
        }
        text.append(" · ").append(getTranslation(s.status() == ReflectionStatus.DRAFT ? "reflection.status.draft"
                : "reflection.status.shared")).append(" · ").append(visibility(s.visibility().name()));
        return text.toString();
    }

    private String visibility(String name) {
        return getTranslation("reflection.visibility." + name.toLowerCase());
    }

    private Component comment(Comment c, boolean mayComment) {
        Div box = new Div();
        box.addClassName("larteam-comment");
        if (c.parentId() != null) {
            box.getStyle().set("margin-left", "var(--lumo-space-xl)");
        }
        String when = Dates.moment(c.at(), getLocale());
        Span who = new Span(c.authorName() + " · " + when);
        who.getStyle().set("font-weight", "600");
        box.add(who);
        if (c.deleted()) {
            box.add(new Paragraph(getTranslation("reflection.comment.deleted")));
            return box;
        }
        if (c.editedAt() != null) {
            box.add(new Span(" (" + getTranslation("reflection.comment.edited") + ")"));
        }
        Paragraph text = new Paragraph();
        text.setText(c.text());
        text.getStyle().set("white-space", "pre-wrap");
        box.add(text);
        HorizontalLayout actions = new HorizontalLayout();
        if (mayComment && c.parentId() == null) {
            actions.add(small(getTranslation("reflection.comment.reply"), () -> openEditor(box, actions, "", text2 ->
                    reflections.addComment(me, id, c.id(), text2))));
        }
        if (c.mine() && mayComment) {
            actions.add(small(getTranslation("reflection.comment.edit"), () -> openEditor(box, actions, c.text(),
                    text2 -> reflections.editComment(me, id, c.id(), text2))));
        }
        if (c.mine()) {
            actions.add(small(getTranslation("reflection.comment.delete"), () -> act(() ->
                    reflections.deleteComment(me, id, c.id()), null)));
        }
        box.add(actions);
        return box;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void openEditor(Div box, HorizontalLayout actions, String value, java.util.function.Consumer<String> send) {
        TextArea editor = new TextArea(getTranslation("reflection.comment.text"));
        editor.setValue(value);
        editor.setWidthFull();
        openEditor = editor;
        Button ok = new Button(getTranslation("reflection.comment.send"), click -> act(() -> send.accept(editor.getValue()),
                editor));
        Button cancel = new Button(getTranslation("reflection.comment.cancel"), click -> render());
        actions.setVisible(false);
        box.add(editor, new HorizontalLayout(ok, cancel));
        editor.focus();
    }

    private void addComment() {
        act(() -> {
            reflections.addComment(me, id, null, newComment.getValue());
            newComment.clear();
        }, newComment);
    }

    /** Runs a change; a refused one is shown on its field (typed text kept), a forbidden one re-renders. */
    private void act(Runnable change, TextArea field) {
        try {
            change.run();
            if (field != null) {
                field.setInvalid(false);
            }
            render();
        } catch (InvalidInputException e) {
            TextArea target = field == null ? newComment : field;
            target.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            target.setInvalid(true);
        } catch (NotPermittedException e) {
            TextArea target = field == null ? newComment : field;
            target.setErrorMessage(getTranslation("reflection.comment.not-visible"));
            target.setInvalid(true);
        }
    }
}
