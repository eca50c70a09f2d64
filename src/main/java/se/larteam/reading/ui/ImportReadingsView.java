package se.larteam.reading.ui;

import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InAppLink;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;
import se.larteam.reading.Evidence;
import se.larteam.reading.ImportEntry;
import se.larteam.reading.ImportPreview;
import se.larteam.reading.LibraryOverview;
import se.larteam.reading.ReadingService;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * Importing readings from a RIS or BibTeX file into one's team or the program's library: upload, read the preview with each
 * entry's problem or duplicate mark, import. A file with problems imports nothing.
 */
@Route("program/:programId/bibliotek/import")
@PermitAll
public class ImportReadingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_MEGABYTES = 5;

    private final CurrentUser currentUser;
    private final ReadingService readings;
    private final Div preview = new Div();
    private UserId me;
    private ProgramId program;
    private PlaceSelect place;
    private RadioButtonGroup<Evidence> evidence;
    private Upload upload;
    private byte[] file;
    private final AsyncTaskExecutor executor;
    private ImportProgress progress;

    ImportReadingsView(CurrentUser currentUser, ReadingService readings,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.currentUser = currentUser;
        this.readings = readings;
        this.executor = executor;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        preview.removeAll();
        file = null;
        me = currentUser.require();
        LibraryOverview overview;
        try {
            program = new ProgramId(event.getRouteParameters().get("programId").orElse(""));
            overview = readings.overview(me, program);
        } catch (NotPermittedException | IllegalArgumentException e) {
            add(new H1(getTranslation("reading.import.title")), new Paragraph(getTranslation("library.not-available")));
            return;
        }
        add(new H1(getTranslation("reading.import.title")),
                InAppLink.to(ProgramLinks.library(program), getTranslation("reading.back")));
        place = new PlaceSelect(overview, event.getLocation().getQueryParameters().getSingleParameter("lag").orElse(null));
        if (!place.hasPlaces()) {
            add(new Paragraph(getTranslation("reading.add.not-permitted")));
            return;
        }
        evidence = new RadioButtonGroup<>(getTranslation("reading.import.evidence"), Evidence.values());
        evidence.setItemLabelGenerator(e -> getTranslation("reading.evidence." + e.name().toLowerCase()));
        evidence.setValue(Evidence.RESEARCH);
        place.addValueChangeListener(e -> showPreview());
        evidence.addValueChangeListener(e -> showPreview());
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> read(bytes));
            } else {
                read(bytes);
            }
        }));
        upload.setAcceptedFileTypes(".ris", ".bib", ".txt", "application/x-research-info-systems", "application/x-bibtex",
                "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("reading.import.upload")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("reading.import.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("reading.import.too-large", MAX_MEGABYTES))
                .setIncorrectFileType(getTranslation("reading.import.not-ris-file"))
                .setTooManyFiles(getTranslation("reading.pdf.one-file")));
        upload.setI18n(texts);
        upload.getElement().setAttribute("aria-label", getTranslation("reading.import.upload"));
        add(new Paragraph(getTranslation("reading.import.help")), place, evidence, upload, preview);
    }

    private void read(byte[] bytes) {
        file = bytes;
        showPreview();
    }

    private void showPreview() {
        preview.removeAll();
        if (file == null) {
            return;
        }
        try {
            ImportPreview result = readings.previewImport(me, program, place.team(), evidence.getValue(), file);
            preview.add(new Paragraph(getTranslation("reading.import.summary", result.toImport(), result.duplicates(),
                    result.problems())));
            Button importButton = new Button(getTranslation("reading.import.import", result.toImport()),
                    click -> importFile(click.getSource()));
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importButton.setEnabled(result.importable());
            preview.add(importButton, grid(result));
        } catch (InvalidInputException invalid) {
            preview.add(new Paragraph(getTranslation(invalid.messageKey(), invalid.arguments())));
        }
    }

    /** Stores in the background with a progress bar; the page (and the user's other tabs) stay responsive. */
    private void importFile(Button importButton) {
        importButton.setEnabled(false);
        place.setEnabled(false);
        evidence.setEnabled(false);
        progress = new ImportProgress();
        preview.addComponentAsFirst(progress);
        UI ui = UI.getCurrent();
        UserId actor = me;
        ProgramId target = program;
        var team = place.team();
        Evidence ground = evidence.getValue();
        byte[] bytes = file;
        ImportProgress bar = progress;
        CompletableFuture.supplyAsync(() -> readings.importReferences(actor, target, team, ground, bytes,
                (stored, total) -> ui.access(() -> bar.show(stored, total))), executor)
                .whenComplete((added, error) -> ui.access(() -> finished(added, error)));
    }

    private void finished(Integer added, Throwable error) {
        place.setEnabled(true);
        evidence.setEnabled(true);
        if (error == null) {
            file = null;
            // The full bar stays as the record of what was stored.
            preview.removeAll();
            preview.add(progress);
            upload.clearFileList();
            Notification.show(getTranslation("reading.import.done", added), 6_000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return;
        }
        Throwable cause = error.getCause() == null ? error : error.getCause();
        String message = cause instanceof InvalidInputException invalid
                ? getTranslation(invalid.messageKey(), invalid.arguments())
                : getTranslation(cause instanceof NotPermittedException ? "library.not-available" : "reading.import.failed");
        Notification.show(message, 8_000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        // What the file would do now (another may have imported the same readings meanwhile).
        showPreview();
    }

    private Grid<ImportEntry> grid(ImportPreview result) {
        Grid<ImportEntry> grid = new Grid<>();
        grid.addColumn(ImportEntry::line).setHeader(getTranslation("reading.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportEntry::title).setHeader(getTranslation("reading.field.title")).setFlexGrow(3);
        grid.addColumn(e -> e.year() == null ? "" : String.valueOf(e.year()))
                .setHeader(getTranslation("reading.field.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportEntry::authors).setHeader(getTranslation("reading.field.authors")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("reading.import.status")).setFlexGrow(2);
        grid.setItems(result.entries());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(result.entries().size() <= 15);
        grid.setAriaLabel(getTranslation("reading.import.grid"));
        return grid;
    }

    private String status(ImportEntry entry) {
        if (entry.problemKey() != null) {
            String message = getTranslation(entry.problemKey(), entry.problemArguments().toArray());
            return entry.field() == null ? message : getTranslation("reading.field." + fieldKey(entry.field())) + ": "
                    + message;
        }
        return getTranslation(entry.duplicate() ? "reading.import.status.duplicate" : "reading.import.status.ok");
    }

    private static String fieldKey(String field) {
        return field.equals("discussionQuestions") ? "questions" : field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reading.import.title") + " – " + getTranslation("app.name");
    }
}
