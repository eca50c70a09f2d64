package se.larteam.roster.ui;

import java.util.List;
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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.invitation.InvitationService;
import se.larteam.program.ProgramId;
import se.larteam.roster.RosterImport;
import se.larteam.roster.RosterPreview;
import se.larteam.roster.RosterProblem;
import se.larteam.roster.RosterResult;
import se.larteam.roster.RosterRow;
import se.larteam.roster.RosterTarget;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamService;
import se.larteam.user.UserId;

/**
 * An organiser brings a program's participants in from a CSV file: upload, read the preview and the problems,
 * import with a progress bar. The import runs off the UI thread; its progress reaches the page through push.
 */
@Route("program/:programId/import")
@PermitAll
public class RosterImportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final RosterImport roster;
    private final AsyncTaskExecutor executor;
    private final Div preview = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Button importButton = new Button();
    private final Paragraph teamNames = new Paragraph();
    private final TeamService teams;
    private final InvitationService invitations;
    private AddPersonForm form;
    private InvitationsSection invitationsSection;
    private Upload upload;
    private UserId me;
    private ProgramId program;
    private byte[] file;

    RosterImportView(CurrentUser currentUser, RosterImport roster, TeamService teams, InvitationService invitations,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.teams = teams;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.roster = roster;
        this.executor = executor;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        me = currentUser.require();
        String id = event.getRouteParameters().get("programId").orElse("");
        try {
            program = new ProgramId(id);
            show(roster.target(me, program));
        } catch (NotPermittedException | IllegalArgumentException e) {
            add(new H1(getTranslation("roster.title")), new Paragraph(getTranslation("roster.not-permitted")));
        }
    }

    private void show(RosterTarget target) {
        Paragraph programLine = new Paragraph(target.programName());
        programLine.addClassName("larteam-muted");
        add(new H1(getTranslation("roster.title")), programLine, new Paragraph(getTranslation("roster.help")));
        add(teamNames);
        showTeams(target.teamNames());

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> read(bytes));
            } else {
                read(bytes);
            }
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setI18n(uploadTexts());
        upload.getElement().setAttribute("aria-label", getTranslation("roster.upload"));

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(e -> startImport());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("roster.progress"));
        add(upload, preview);

        form = new AddPersonForm(target.teamNames());
        form.addAddListener(event -> {
            try {
                UserId added = roster.addPerson(me, program, event.person(), event.team(), event.role());
                form.clear();
                String name = event.person().displayName().strip();
                // Added by hand means wanted now: invite at once (people with a password already are told so).
                notify(getTranslation("roster.added", name) + " " + invitationsSection.invite(added, name),
                        NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                form.showProblem(invalid.field(), getTranslation(invalid.messageKey(), invalid.arguments()));
            }
        });
        invitationsSection = new InvitationsSection(invitations, me, program);
        add(form, newTeamSection(), invitationsSection);
    }

    /** Teams must exist before a file or a form can name them. */
    private Section newTeamSection() {
        TextField name = new TextField(getTranslation("roster.new-team"));
        Button create = new Button(getTranslation("roster.create-team"), click -> {
            try {
                teams.create(me, program, name.getValue());
                name.clear();
                name.setInvalid(false);
                List<String> names = roster.target(me, program).teamNames();
                showTeams(names);
                form.setTeams(names);
            } catch (InvalidInputException invalid) {
                name.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                name.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(name, create);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return new Section(new H2(getTranslation("roster.teams-title")), row);
    }

    private void showTeams(List<String> names) {
        teamNames.setText(names.isEmpty() ? getTranslation("roster.no-teams")
                : getTranslation("roster.team-names", String.join(", ", names)));
    }

    private void read(byte[] bytes) {
        file = bytes;
        preview.removeAll();
        RosterPreview result = roster.preview(me, program, bytes);
        if (!result.rows().isEmpty() || result.problems().isEmpty()) {
            preview.add(new Paragraph(getTranslation("roster.summary", result.rows().size(), result.encoding(),
                    getTranslation("roster.delimiter." + delimiterName(result.delimiter())))));
        }
        // Above the lists, so the action is in sight however long the file is.
        preview.add(importButton, progress);
        if (!result.problems().isEmpty()) {
            preview.add(new H2(getTranslation("roster.problems", result.problems().size())), problemGrid(result.problems()));
        }
        if (!result.rows().isEmpty()) {
            preview.add(new H2(getTranslation("roster.rows")), rowGrid(result.rows()));
        }
        importButton.setText(getTranslation("roster.import", result.rows().size()));
        importButton.setVisible(true);
        importButton.setEnabled(result.importable());
    }

    private void startImport() {
        UI ui = UI.getCurrent();
        byte[] bytes = file;
        importButton.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        // Off the UI thread: 10,000 rows take seconds, and the user's other tabs must stay responsive.
        CompletableFuture.supplyAsync(() -> roster.importRoster(me, program, bytes,
                (done, total) -> ui.access(() -> progress.setValue(done / (double) total))), executor)
                .whenComplete((result, error) -> ui.access(() -> finished(result, error)));
    }

    private void finished(RosterResult result, Throwable error) {
        progress.setVisible(false);
        if (error == null) {
            preview.removeAll();
            importButton.setVisible(false);
            // Ready for the next file.
            upload.clearFileList();
            invitationsSection.refresh();
            notify(getTranslation("roster.done", result.people(), result.newAccounts(), result.placedInTeams()),
                    NotificationVariant.LUMO_SUCCESS);
            return;
        }
        Throwable cause = error.getCause() == null ? error : error.getCause();
        importButton.setEnabled(true);
        if (cause instanceof InvalidInputException invalid) {
            notify(getTranslation(invalid.messageKey(), invalid.arguments()), NotificationVariant.LUMO_ERROR);
        } else if (cause instanceof NotPermittedException) {
            notify(getTranslation("roster.not-permitted"), NotificationVariant.LUMO_ERROR);
        } else {
            notify(getTranslation("roster.failed"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 8_000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    private Grid<RosterProblem> problemGrid(List<RosterProblem> problems) {
        Grid<RosterProblem> grid = new Grid<>();
        grid.addColumn(p -> p.line() == 0 ? "–" : String.valueOf(p.line())).setHeader(getTranslation("roster.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.field() == null ? "" : getTranslation("roster.column." + p.field()))
                .setHeader(getTranslation("roster.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray())).setHeader(getTranslation("roster.problem"));
        grid.setItems(problems);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(problems.size() <= 10);
        grid.setAriaLabel(getTranslation("roster.problems", problems.size()));
        return grid;
    }

    private Grid<RosterRow> rowGrid(List<RosterRow> rows) {
        Grid<RosterRow> grid = new Grid<>();
        grid.addColumn(RosterRow::line).setHeader(getTranslation("roster.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterRow::displayName).setHeader(getTranslation("roster.column.name"));
        grid.addColumn(RosterRow::email).setHeader(getTranslation("roster.column.email"));
        grid.addColumn(RosterRow::title).setHeader(getTranslation("roster.column.title"));
        grid.addColumn(RosterRow::unit).setHeader(getTranslation("roster.column.unit"));
        grid.addColumn(RosterRow::team).setHeader(getTranslation("roster.column.team"));
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        if (rows.size() <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
        grid.setAriaLabel(getTranslation("roster.rows"));
        return grid;
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("roster.upload")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("roster.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.too-large", 5))
                .setIncorrectFileType(getTranslation("import.not-csv")).setTooManyFiles(getTranslation("roster.one-file")));
        return texts;
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title") + " – " + getTranslation("app.name");
    }
}
