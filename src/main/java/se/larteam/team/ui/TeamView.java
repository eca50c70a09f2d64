package se.larteam.team.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.NotPermittedException;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamId;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamService;

/** A team's page: for now its process leaders and members. Meetings, reflections and readings join it later. */
@Route("team/:teamId")
@PermitAll
public class TeamView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final TeamService teams;
    private String title = "";

    TeamView(CurrentUser currentUser, TeamService teams) {
        this.currentUser = currentUser;
        this.teams = teams;
        addClassName("larteam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("teamId").orElse("");
        try {
            show(teams.details(currentUser.require(), new TeamId(id)));
        } catch (NotPermittedException | IllegalArgumentException e) {
            title = getTranslation("team.not-available.title");
            add(new H1(title), new Paragraph(getTranslation("team.not-available")));
        }
    }

    private void show(TeamDetails team) {
        title = team.name();
        Paragraph program = new Paragraph(team.programName());
        program.addClassName("larteam-muted");
        add(new H1(team.name()), program);
        add(new H2(getTranslation("team.process-leaders")), people(team.processLeaders()));
        add(new H2(getTranslation("team.members")), people(team.participants()));
    }

    private UnorderedList people(java.util.List<TeamMember> members) {
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding", "0");
        for (TeamMember member : members) {
            Avatar avatar = new Avatar(member.displayName());
            avatar.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(avatar, new Span(" " + member.displayName()));
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
        if (members.isEmpty()) {
            list.add(new ListItem(getTranslation("team.nobody")));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
