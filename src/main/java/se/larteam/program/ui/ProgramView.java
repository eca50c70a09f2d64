package se.larteam.program.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InAppLink;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramDetails;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramService;
import se.larteam.program.ProgramSummary;
import se.larteam.security.CurrentUser;
import se.larteam.user.UserId;

/**
 * A program's details: administrators create programs ({@code program/ny}), organisers edit theirs. The service
 * decides who may; this page only shows the form to those it lets in.
 */
@Route("program/:programId")
@PermitAll
public class ProgramView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "ny";

    private final CurrentUser currentUser;
    private final ProgramService programs;
    private String title = "";

    ProgramView(CurrentUser currentUser, ProgramService programs) {
        this.currentUser = currentUser;
        this.programs = programs;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UserId me = currentUser.require();
        String id = event.getRouteParameters().get("programId").orElse("");
        if (NEW.equals(id)) {
            showNew(me);
            return;
        }
        try {
            ProgramId program = new ProgramId(id);
            ProgramSummary summary = programs.get(me, program);
            showExisting(me, program, summary);
        } catch (NotPermittedException | IllegalArgumentException e) {
            title = getTranslation("program.not-available.title");
            add(new H1(title), new Paragraph(getTranslation("program.not-available")));
        }
    }

    private void showNew(UserId me) {
        title = getTranslation("program.new");
        ProgramForm form = new ProgramForm(getLocale(), getTranslation("program.create"));
        form.addSaveListener(save -> {
            try {
                ProgramId created = programs.create(me, save.details());
                saved(getTranslation("program.created", save.details().name().strip()));
                UI.getCurrent().navigate(ProgramLinks.program(created));
            } catch (InvalidInputException invalid) {
                form.showProblem(invalid.field(), getTranslation(invalid.messageKey(), invalid.arguments()));
            } catch (NotPermittedException notAdmin) {
                form.showProblem(null, getTranslation("program.only-admins-create"));
            }
        });
        add(new H1(title), form);
    }

    private void showExisting(UserId me, ProgramId program, ProgramSummary summary) {
        title = summary.name();
        add(new H1(summary.name()));
        if (!summary.mayManage()) {
            add(new Paragraph(summary.organisation()), new Paragraph(summary.description()));
            add(new SessionsSection(programs, me, program, false));
            return;
        }
        // The program's people are managed on pages of their own, named here so organisers find them.
        com.vaadin.flow.component.html.Nav links = new com.vaadin.flow.component.html.Nav(
                InAppLink.to(se.larteam.program.ProgramLinks.people(program), getTranslation("people.link")),
                InAppLink.to(se.larteam.program.ProgramLinks.rosterImport(program), getTranslation("roster.link")));
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)");
        links.getElement().setAttribute("aria-label", getTranslation("program.manage-links"));
        add(links);
        ProgramForm form = new ProgramForm(getLocale(), getTranslation("program.save"));
        form.setDetails(new ProgramDetails(summary.name(), summary.organisation(), summary.description(),
                summary.start(), summary.end()));
        form.addSaveListener(save -> {
            try {
                programs.update(me, program, save.details());
                form.clearProblems();
                saved(getTranslation("program.saved"));
            } catch (InvalidInputException invalid) {
                form.showProblem(invalid.field(), getTranslation(invalid.messageKey(), invalid.arguments()));
            }
        });
        Anchor template = new Anchor(ProgramLinks.meetingTemplate(program), getTranslation("program.meeting-template"));
        template.getElement().setAttribute("router-link", true);
        Anchor reflectionTemplates = new Anchor(ProgramLinks.reflectionTemplates(program),
                getTranslation("program.reflection-templates"));
        reflectionTemplates.getElement().setAttribute("router-link", true);
        Anchor libraryThemes = new Anchor(ProgramLinks.libraryThemes(program), getTranslation("program.library-themes"));
        libraryThemes.getElement().setAttribute("router-link", true);
        add(form, safeRoomSetting(me, program), new Paragraph(template), new Paragraph(reflectionTemplates),
                new Paragraph(libraryThemes),
                new SessionsSection(programs, me, program, true));
    }

    /** The safe room's one switch: whether organisers may read the teams' notes before they are approved. */
    private Checkbox safeRoomSetting(UserId me, ProgramId program) {
        Checkbox open = new Checkbox(getTranslation("program.notes-open"), programs.notesOpenToOrganisers(me, program));
        open.setHelperText(getTranslation("program.notes-open.helper"));
        open.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                programs.openNotesToOrganisers(me, program, change.getValue());
                saved(getTranslation("program.saved"));
            }
        });
        return open;
    }

    private static void saved(String text) {
        Notification.show(text, 5_000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
