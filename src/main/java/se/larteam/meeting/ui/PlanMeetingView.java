package se.larteam.meeting.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.meeting.AgendaItem;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamId;
import se.larteam.team.TeamService;
import se.larteam.user.UserId;

/**
 * Planning a team's next meeting: date, time, place and an agenda that starts from the program's template. Only
 * members and process leaders may; the service says so, this page shows its answer.
 */
@Route("team/:teamId/nytt-mote")
@PermitAll
public class PlanMeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final MeetingService meetings;
    private final TeamService teams;
    private final Clock clock;

    PlanMeetingView(CurrentUser currentUser, MeetingService meetings, TeamService teams, Clock clock) {
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.teams = teams;
        this.clock = clock;
        addClassName("larteam-page");
    }

    static String address(TeamId team) {
        return "team/" + team.value() + "/nytt-mote";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UserId me = currentUser.require();
        try {
            TeamId team = new TeamId(event.getRouteParameters().get("teamId").orElse(""));
            var details = teams.details(me, team);
            if (!details.myAccess().insideTeam()) {
                throw new NotPermittedException("Only the team plans its meetings");
            }
            show(me, team, details.name(), meetings.agendaTemplate(me, details.programId()));
        } catch (NotPermittedException | IllegalArgumentException e) {
            add(new H1(getTranslation("meeting.not-available.title")),
                    new Paragraph(getTranslation("meeting.plan.not-permitted")));
        }
    }

    private void show(UserId me, TeamId team, String teamName, List<String> template) {
        MeetingPlanForm form = new MeetingPlanForm(getLocale());
        form.setPlan(new MeetingPlan(LocalDate.now(clock).plusMonths(1), LocalTime.of(13, 0), LocalTime.of(15, 30), ""));
        AgendaEditor agenda = new AgendaEditor(false);
        agenda.setItems(template.stream().map(AgendaItem::of).toList());
        Button plan = new Button(getTranslation("meeting.plan.submit"), click -> form.fireSave());
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.addSaveListener(save -> {
            try {
                MeetingId id = meetings.plan(me, team, save.plan(),
                        agenda.items().stream().map(AgendaItem::text).toList());
                UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MeetingView.PARAMETER, id.value()));
            } catch (InvalidInputException invalid) {
                String message = getTranslation(invalid.messageKey(), invalid.arguments());
                if (!form.showProblem(invalid.field(), message) && invalid.field() != null
                        && invalid.field().startsWith("agenda.")) {
                    agenda.showProblem(Integer.parseInt(invalid.field().substring("agenda.".length())), message);
                }
            } catch (NotPermittedException denied) {
                MeetingView.notPermitted(this);
            }
        });
        add(new H1(getTranslation("meeting.plan.title", teamName)), form,
                new H2(getTranslation("meeting.agenda.title")),
                new Paragraph(getTranslation("meeting.plan.template-hint")), agenda, plan);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.plan.page-title") + " – " + getTranslation("app.name");
    }
}
