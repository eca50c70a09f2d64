package se.larteam.meeting.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Topic;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MyAction;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamService;
import se.larteam.user.UserId;

/** "Mina åtaganden": what I promised to try, across my teams' meetings, not yet followed up; earliest due first. */
@Route("mina-ataganden")
@PermitAll
@Menu(order = 1, icon = "vaadin:check-square-o", title = "menu.my-actions")
public class MyActionsView extends Main implements HasDynamicTitle {

    private final CurrentUser currentUser;
    private final MeetingService meetings;
    private final TeamService teams;
    private final LiveRefresh live;
    private UserId me;

    MyActionsView(CurrentUser currentUser, MeetingService meetings, TeamService teams, LiveUpdates liveUpdates) {
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.teams = teams;
        this.live = new LiveRefresh(liveUpdates);
        addClassName("larteam-page");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        me = currentUser.require();
        render(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }

    private void render(UI ui) {
        removeAll();
        add(new H1(getTranslation("my-actions.title")));
        List<MyAction> open = meetings.myOpenActions(me);
        follow(ui);
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("my-actions.none")));
            return;
        }
        add(list(open));
    }

    /** The actions as a list, each with its due date and a link to the meeting where it was promised. */
    static UnorderedList list(List<MyAction> open) {
        UnorderedList list = new UnorderedList();
        for (MyAction action : open) {
            Span what = new Span(list.getTranslation("my-actions.line", action.action().text(),
                    action.action().due().toString()));
            RouterLink meeting = new RouterLink(list.getTranslation("my-actions.from", action.teamName(),
                    Formats.date(action.meetingDate(), com.vaadin.flow.component.UI.getCurrent().getLocale())), MeetingView.class,
                    new RouteParameters(MeetingView.PARAMETER, action.meeting().value()));
            list.add(new ListItem(what, new Span(" · "), meeting));
        }
        return list;
    }

    /** My teams' topics, where actions are recorded and followed up, and my own, which hears of teams I join. */
    private void follow(UI ui) {
        List<Topic> topics = new ArrayList<>();
        topics.add(Topic.person(me));
        teams.myTeams(me).stream().filter(t -> t.myAccess().insideTeam()).forEach(t -> topics.add(TeamLive.topic(t.id())));
        try {
            live.start(ui, me, topics, () -> render(ui), () -> render(ui));
        } catch (NotPermittedException raced) {
            live.start(ui, me, List.of(Topic.person(me)), () -> render(ui), () -> render(ui));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-actions.title") + " – " + getTranslation("app.name");
    }
}
