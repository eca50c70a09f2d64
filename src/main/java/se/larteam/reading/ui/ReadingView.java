package se.larteam.reading.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InAppLink;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.Time;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Topic;
import se.larteam.program.ProgramLinks;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingAttachment;
import se.larteam.reading.ReadingDetails;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingNote;
import se.larteam.reading.ReadingPageSection;
import se.larteam.reading.ReadingScope;
import se.larteam.reading.ReadingService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * One reading: its summary and discussion questions first, then the facts, the PDF and the notes. Those who may
 * edit it change it in place and attach a PDF; a team's process leader shares it with the program. Notes and
 * changes by others appear live; what someone is typing is never re-rendered away.
 */
@Route("lasning/:readingId")
@PermitAll
public class ReadingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The upload's own cap, in step with the service's (which decides). */
    static final int MAX_PDF_MEGABYTES = 20;

    private final CurrentUser currentUser;
    private final ReadingService readings;
    private final LiveRefresh live;
    private final List<ReadingPageSection> sections;
    private final Div content = new Div();
    private final Div editArea = new Div();
    private final Div notesList = new Div();
    private final Div noteArea = new Div();
    private final TextArea noteField = new TextArea();
    private String replyTo;
    private UserId me;
    private ReadingId id;
    private ReadingDetails reading;
    private String title = "";

    ReadingView(CurrentUser currentUser, ReadingService readings, LiveUpdates liveUpdates,
            ObjectProvider<ReadingPageSection> sections) {
        this.currentUser = currentUser;
        this.readings = readings;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(ReadingPageSection::order)).toList();
        addClassName("larteam-page");
        add(content, editArea, notesList, noteArea);
        // Only this reading's changes; the topic carries the program's or the team's other news too.
        this.live = new LiveRefresh(liveUpdates, event -> id != null && id.value().equals(event.data().get("readingId")));
        live.bind(this, () -> me, () -> reading == null ? List.of() : List.of(ReadingPageSection.topicOf(reading)),
                this::render, this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        try {
            id = new ReadingId(event.getRouteParameters().get("readingId").orElse(""));
        } catch (IllegalArgumentException blank) {
            id = null;
        }
        editArea.removeAll();
        noteArea.removeAll();
        render();
        if (reading != null && reading.mayWriteNotes()) {
            noteArea.add(noteForm());
        }
        live.refollow();
    }




    private void render() {
        content.removeAll();
        notesList.removeAll();
        try {
            if (id == null) {
                throw new NotPermittedException("No reading id");
            }
            ReadingScope before = reading == null ? null : reading.scope();
            reading = readings.get(me, id);
            show(reading);
            if (before != null && before != reading.scope()) {
                // Shared with the library: from now on the program's topic carries its news.
                live.refollow();
            }
        } catch (NotPermittedException gone) {
            reading = null;
            live.stop();
            editArea.removeAll();
            noteArea.removeAll();
            title = getTranslation("reading.not-available.title");
            content.add(new H1(title), new Paragraph(getTranslation("reading.not-available")));
        }
    }

    private void show(ReadingDetails r) {
        ReadingDraft c = r.content();
        title = c.title();
        content.add(InAppLink.to(ProgramLinks.library(r.program()), getTranslation("reading.back")));
        content.add(new H1(c.title()));
        Paragraph byline = new Paragraph(byline(c));
        byline.addClassName("larteam-muted");
        content.add(byline);
        Div badges = new Div(ReadingPages.badge(getTranslation("reading.kind." + c.kind().name().toLowerCase()), ""),
                ReadingPages.badge(getTranslation("reading.evidence." + c.evidence().name().toLowerCase()),
                        c.evidence() == Evidence.RESEARCH ? "success" : "contrast"),
                ReadingPages.badge(where(r), "primary"));
        c.themes().forEach(t -> badges.add(ReadingPages.badge(t, "contrast")));
        content.add(badges);

        Section summary = new Section(new H2(getTranslation("reading.field.summary")));
        summary.addClassName("larteam-card");
        summary.add(c.summary().isBlank() ? muted(getTranslation("reading.no-summary")) : paragraphs(c.summary()));
        Section questions = new Section(new H2(getTranslation("reading.field.questions")));
        questions.addClassName("larteam-card");
        if (c.discussionQuestions().isEmpty()) {
            questions.add(muted(getTranslation("reading.no-questions")));
        } else {
            OrderedList list = new OrderedList();
            c.discussionQuestions().forEach(q -> list.add(new ListItem(q)));
            questions.add(list);
        }
        ExportLinks export = new ExportLinks(readings, me, () -> List.of(r.id()), getLocale());
        export.selectionChanged(1, getTranslation("reading.export.one"));
        content.add(summary, questions, facts(r), export, attachment(r));
        sections.forEach(section -> content.add(section.create(me, r)));
        content.add(actions(r));
        notesList.add(notes(r));
    }

    private String byline(ReadingDraft c) {
        StringBuilder line = new StringBuilder(String.join("; ", c.authors()));
        if (c.year() != null) {
            line.append(line.isEmpty() ? "" : " ").append("(").append(c.year()).append(")");
        }
        if (!c.source().isBlank()) {
            line.append(line.isEmpty() ? "" : " · ").append(c.source());
        }
        return line.toString();
    }

    private String where(ReadingDetails r) {
        if (r.scope() == ReadingScope.TEAM) {
            return getTranslation("library.where.team", r.teamName());
        }
        return r.teamName() == null ? getTranslation("library.where.library")
                : getTranslation("library.where.shared", r.teamName());
    }

    private Section facts(ReadingDetails r) {
        ReadingDraft c = r.content();
        Section facts = new Section(new H2(getTranslation("reading.facts")));
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("reading.field.language") + ": "
                + getTranslation("reading.language." + c.language())));
        if (!c.doi().isBlank()) {
            // Validated as 10.prefix/suffix: the address can only point at doi.org.
            list.add(new ListItem(new Span("DOI: "), external("https://doi.org/" + c.doi(), c.doi())));
        }
        if (!c.url().isBlank()) {
            // Validated as http(s) in the service: never a javascript: link.
            list.add(new ListItem(new Span(getTranslation("reading.field.url") + ": "), external(c.url(), c.url())));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(Time.STOCKHOLM);
        list.add(new ListItem(getTranslation("reading.added-by", r.addedByName(), date.format(r.addedAt()))));
        facts.add(list);
        return facts;
    }

    private static Anchor external(String href, String text) {
        Anchor anchor = new Anchor(href, text, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }

    private Section attachment(ReadingDetails r) {
        Section section = new Section(new H2(getTranslation("reading.pdf")));
        ReadingAttachment file = r.attachment();
        if (file == null) {
            section.add(muted(getTranslation("reading.pdf.none")));
        } else {
            if (file.hasThumbnail()) {
                Image thumbnail = new Image("/" + stripSlash(ReadingLinks.thumbnail(r.id())),
                        getTranslation("reading.pdf.thumbnail", r.title()));
                thumbnail.setWidth("100px");
                thumbnail.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("display", "block");
                section.add(thumbnail);
            }
            Anchor download = new Anchor(ReadingLinks.pdf(r.id()), getTranslation("reading.pdf.download",
                    file.fileName(), megabytes(file.size()), file.pages()));
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", file.fileName());
            section.add(new Paragraph(download));
        }
        if (r.mayEdit()) {
            section.add(upload(r));
            if (file != null) {
                Button remove = new Button(getTranslation("reading.pdf.remove"), click -> {
                    readings.removePdf(me, r.id());
                    render();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                section.add(remove);
            }
        }
        return section;
    }

    private String megabytes(long bytes) {
        return String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private Upload upload(ReadingDetails r) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            Runnable attach = () -> attach(r.id(), metadata.fileName(), bytes);
            if (ui != null) {
                ui.access(attach::run);
            } else {
                attach.run();
            }
        }));
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_PDF_MEGABYTES * 1024 * 1024);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation(r.attachment() == null
                ? "reading.pdf.upload" : "reading.pdf.replace")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("reading.pdf.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("reading.pdf.too-large", MAX_PDF_MEGABYTES))
                .setIncorrectFileType(getTranslation("reading.pdf.not-pdf"))
                .setTooManyFiles(getTranslation("reading.pdf.one-file")));
        upload.setI18n(texts);
        upload.getElement().setAttribute("aria-label", getTranslation("reading.pdf.upload"));
        return upload;
    }

    private void attach(ReadingId readingId, String fileName, byte[] bytes) {
        try {
            readings.attachPdf(me, readingId, fileName, bytes);
            notify(getTranslation("reading.pdf.attached"), NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            notify(getTranslation(invalid.messageKey(), invalid.arguments()), NotificationVariant.LUMO_ERROR);
        } catch (NotPermittedException refused) {
            notify(getTranslation("reading.not-available"), NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    private Div actions(ReadingDetails r) {
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("margin-top", "var(--lumo-space-m)");
        if (r.mayEdit()) {
            actions.add(new Button(getTranslation("reading.edit"), click -> edit(r)));
        }
        if (r.mayShare()) {
            Button share = new Button(getTranslation("reading.share"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("reading.share.title"),
                        getTranslation("reading.share.question"), getTranslation("reading.share.confirm"), yes -> {
                            readings.share(me, r.id());
                            notify(getTranslation("reading.shared"), NotificationVariant.LUMO_SUCCESS);
                            render();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("reading.cancel"));
                confirm.open();
            });
            actions.add(share);
        }
        if (r.mayDelete()) {
            Button delete = new Button(getTranslation("reading.delete"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("reading.delete.title"),
                        getTranslation("reading.delete.question", r.title()), getTranslation("reading.delete.confirm"),
                        yes -> {
                            readings.delete(me, r.id());
                            notify(getTranslation("reading.deleted", r.title()), NotificationVariant.LUMO_SUCCESS);
                            UI.getCurrent().navigate(ProgramLinks.library(r.program()));
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("reading.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        return actions;
    }

    private void edit(ReadingDetails r) {
        editArea.removeAll();
        // The program's vocabulary to choose from; free tags stay possible.
        ReadingForm form = new ReadingForm(readings.themeVocabulary(me, r.program()), getTranslation("reading.save"));
        form.setDraft(r.content());
        form.addSaveListener(save -> {
            try {
                readings.update(me, r.id(), save.draft());
                editArea.removeAll();
                notify(getTranslation("reading.saved"), NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                form.showProblem(invalid.field(), getTranslation(invalid.messageKey(), invalid.arguments()));
            }
        });
        Button cancel = new Button(getTranslation("reading.cancel"), click -> editArea.removeAll());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Section section = new Section(new H2(getTranslation("reading.edit")), form, cancel);
        section.addClassName("larteam-card");
        editArea.add(section);
    }

    private Section notes(ReadingDetails r) {
        Section section = new Section(new H2(getTranslation("reading.notes")));
        if (r.notes().isEmpty()) {
            section.add(muted(getTranslation("reading.notes.none")));
        }
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", getTranslation("reading.notes"));
        list.getStyle().set("list-style", "none").set("padding", "0");
        for (ReadingNote note : r.notes()) {
            ListItem item = new ListItem(note(note));
            if (r.mayWriteNotes()) {
                Button reply = new Button(getTranslation("reading.note.reply"), click -> startReply(note));
                reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                reply.setAriaLabel(getTranslation("reading.note.reply-to", note.authorName()));
                item.add(reply);
            }
            if (!note.replies().isEmpty()) {
                UnorderedList replies = new UnorderedList();
                replies.getStyle().set("list-style", "none");
                note.replies().forEach(reply -> replies.add(new ListItem(note(reply))));
                item.add(replies);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Div note(ReadingNote note) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(Time.STOCKHOLM);
        Span who = new Span(note.authorName() + " · " + time.format(note.at()));
        who.addClassName("larteam-muted");
        Div div = new Div(who, new Paragraph(note.text()));
        div.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return div;
    }

    private Div noteForm() {
        noteField.setLabel(getTranslation("reading.note.new"));
        noteField.setMaxLength(2_000);
        noteField.setWidthFull();
        Button write = new Button(getTranslation("reading.note.write"), click -> {
            try {
                readings.addNote(me, id, replyTo, noteField.getValue());
                noteField.clear();
                noteField.setInvalid(false);
                replyTo = null;
                noteField.setLabel(getTranslation("reading.note.new"));
                render();
            } catch (InvalidInputException invalid) {
                noteField.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                noteField.setInvalid(true);
            }
        });
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(noteField, write);
    }

    private void startReply(ReadingNote note) {
        replyTo = note.id();
        noteField.setLabel(getTranslation("reading.note.reply-to", note.authorName()));
        noteField.focus();
    }

    private static Div paragraphs(String text) {
        Div div = new Div();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> div.add(new Paragraph(l)));
        return div;
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("larteam-muted");
        return p;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6_000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
