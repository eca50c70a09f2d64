package se.larteam.reflection.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
import se.larteam.collab.CollabEditor;
import se.larteam.base.NotPermittedException;
import se.larteam.meeting.MeetingService;
import se.larteam.reflection.ReflectionDetails;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionLinks;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.ReflectionStatus;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamId;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Writing a reflection: a new one ("skriv-reflektion", first choosing the team when I am in several) or my own
 * existing one ("skriv-reflektion/&lt;id&gt;"). A new one is title, meeting or theme, template and visibility only:
 * saving it creates the draft and opens it here, with the body as a co-edited document (issue #8) that needs the
 * reflection's id. So nothing typed is lost: the fields are saved before the body exists, and the body is saved
 * as it is typed. Save the fields, or share (the body as the editor last stored it must not be empty).
 */
@Route("skriv-reflektion/:reflectionId?")
@PermitAll
public class ReflectionEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "reflectionId";

    private final CurrentUser currentUser;
    private final ReflectionService reflections;
    private final TeamService teams;
    private final MeetingService meetings;
    private final UserService users;
    private final Paragraph bodyProblem = new Paragraph();
    private UserId me;
    private ReflectionId id;
    private ReflectionForm form;

    ReflectionEditorView(CurrentUser currentUser, ReflectionService reflections, TeamService teams,
            MeetingService meetings, UserService users) {
        this.users = users;
        this.currentUser = currentUser;
        this.reflections = reflections;
        this.teams = teams;
        this.meetings = meetings;
        addClassName("larteam-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "reflection.new.title" : "reflection.edit.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        id = event.getRouteParameters().get(PARAMETER).map(ReflectionId::new).orElse(null);
        removeAll();
        add(new H1(getPageTitle()));
        try {
            if (id == null) {
                startNew();
            } else {
                editExisting();
            }
        } catch (NotPermittedException e) {
            removeAll();
            add(new H1(getTranslation("reflection.not-available.title")),
                    new Paragraph(getTranslation("reflection.not-available")));
        }
    }

    private void startNew() {
        List<TeamSummary> mine = teams.myTeams(me).stream().filter(t -> t.myAccess().insideTeam()).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("reflection.new.no-team")));
            return;
        }
        if (mine.size() == 1) {
            showForm(mine.get(0).id(), false, false);
            return;
        }
        Select<TeamSummary> team = new Select<>();
        team.setLabel(getTranslation("reflection.field.team"));
        team.setItems(mine);
        team.setItemLabelGenerator(TeamSummary::name);
        team.addValueChangeListener(e -> {
            if (form != null) {
                remove(form);
            }
            showForm(e.getValue().id(), false, false);
        });
        add(team);
    }

    private void editExisting() {
        ReflectionDetails details = reflections.details(me, id);
        if (!details.mine()) {
            throw new NotPermittedException(me + " may not edit " + id);
        }
        showForm(details.summary().team(), true, details.summary().status() == ReflectionStatus.SHARED);
        form.setDraft(new ReflectionDraft(details.summary().team(), details.summary().meeting(),
                details.summary().theme(), details.summary().title(), "", details.summary().visibility()));
        if (!details.templateName().isBlank()) {
            add(new Paragraph(getTranslation("reflection.template-of", details.templateName())));
        }
        add(bodyEditor());
        // What was typed in the last seconds counts too: the editor sends its copy now rather than on its timer.
        form.beforeShareInBrowser("document.getElementById('reflection-body')?.sendSnapshot?.();");
    }

    /** The body, co-edited live; /collab checks on every message that I am still its author. */
    private Section bodyEditor() {
        CollabEditor editor = new CollabEditor(id.bodyDocument());
        editor.setId("reflection-body");
        editor.setLabel(getTranslation("reflection.field.body"));
        editor.setUser(users.profile(me).displayName(), CollabEditor.colourFor(me.value()));
        bodyProblem.setVisible(false);
        bodyProblem.getElement().setAttribute("role", "alert");
        bodyProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        Paragraph help = new Paragraph(getTranslation("reflection.field.body.helper", ReflectionService.MAX_BODY));
        help.addClassName("larteam-muted");
        return new Section(editor, help, bodyProblem);
    }

    private void showForm(TeamId team, boolean existing, boolean shared) {
        List<ReflectionForm.MeetingChoice> choices = meetings.meetingsOf(me, team).stream()
                .map(m -> new ReflectionForm.MeetingChoice(m.id(), Dates.date(m.date(), getLocale()))).toList()
                .reversed();
        form = new ReflectionForm(team, choices, existing ? List.of()
                : reflections.templateChoices(me, teams.details(me, team).programId()), existing, shared);
        form.addSaveListener(this::save);
        add(form);
        if (!existing) {
            Paragraph next = new Paragraph(getTranslation("reflection.new.body-next"));
            next.addClassName("larteam-muted");
            add(next);
        }
    }

    private void save(ReflectionForm.SaveEvent event) {
        bodyProblem.setVisible(false);
        try {
            if (id == null) {
                // The draft exists now: write its body here, in the co-edited document.
                ReflectionId created = reflections.create(me, event.draft());
                getUI().ifPresent(ui -> ui.navigate(ReflectionEditorView.class,
                        new RouteParameters(PARAMETER, created.value())));
                return;
            }
            reflections.update(me, id, event.draft());
            if (event.share()) {
                reflections.share(me, id);
            }
            getUI().ifPresent(ui -> ui.navigate(ReflectionLinks.reflection(id)));
        } catch (InvalidInputException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            if (!form.showProblem(e.field(), message)) {
                bodyProblem.setText(message);
                bodyProblem.setVisible(true);
            }
        } catch (NotPermittedException e) {
            form.showProblem("title", getTranslation("reflection.not-available"));
        }
    }
}
