package se.larteam.reflection.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
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

/**
 * Writing a reflection: a new one ("skriv-reflektion", first choosing the team when I am in several) or my own
 * existing one ("skriv-reflektion/&lt;id&gt;"). Save as a draft, or share.
 */
@Route("skriv-reflektion/:reflectionId?")
@PermitAll
public class ReflectionEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "reflectionId";

    private final CurrentUser currentUser;
    private final ReflectionService reflections;
    private final TeamService teams;
    private final MeetingService meetings;
    private UserId me;
    private ReflectionId id;
    private ReflectionForm form;

    ReflectionEditorView(CurrentUser currentUser, ReflectionService reflections, TeamService teams,
            MeetingService meetings) {
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
            showForm(mine.get(0).id(), false);
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
            showForm(e.getValue().id(), false);
        });
        add(team);
    }

    private void editExisting() {
        ReflectionDetails details = reflections.details(me, id);
        if (!details.mine()) {
            throw new NotPermittedException(me + " may not edit " + id);
        }
        showForm(details.summary().team(), details.summary().status() == ReflectionStatus.SHARED);
        form.setDraft(new ReflectionDraft(details.summary().team(), details.summary().meeting(),
                details.summary().theme(), details.summary().title(), details.body(), details.summary().visibility(),
                details.template(), details.answers()));
    }

    private void showForm(TeamId team, boolean shared) {
        List<ReflectionForm.MeetingChoice> choices = meetings.meetingsOf(me, team).stream()
                .map(m -> new ReflectionForm.MeetingChoice(m.id(), Dates.date(m.date(), getLocale()))).toList()
                .reversed();
        form = new ReflectionForm(team, choices,
                reflections.templates(me, teams.details(me, team).programId()), shared);
        form.addSaveListener(this::save);
        add(form);
    }

    private void save(ReflectionForm.SaveEvent event) {
        try {
            ReflectionId saved = id;
            if (saved == null) {
                saved = reflections.create(me, event.draft());
            } else {
                reflections.update(me, saved, event.draft());
            }
            if (event.share()) {
                reflections.share(me, saved);
            }
            ReflectionId target = saved;
            getUI().ifPresent(ui -> ui.navigate(ReflectionLinks.reflection(target)));
        } catch (InvalidInputException e) {
            form.showProblem(e.field(), getTranslation(e.messageKey(), e.arguments()));
        } catch (NotPermittedException e) {
            form.showProblem("title", getTranslation("reflection.not-available"));
        }
    }
}
