package se.larteam.team.ui;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
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
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Presence;
import se.larteam.live.PresenceBar;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamAccess;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamId;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSpaceSection;
import se.larteam.user.UserId;

/**
 * A team's page: the sections other features contribute through {@link TeamSpaceSection} (meetings; reflections
 * and readings later), then its process leaders and members.
 */
@Route("team/:teamId")
@PermitAll
public class TeamView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final TeamService teams;
    private final Presence presence;
    private final LiveUpdates liveUpdates;
    private final LiveRefresh live;
    private final List<TeamSpaceSection> sections;
    private final Div content = new Div();
    private PresenceBar presenceBar;
    private UserId me;
    private TeamId teamId;
    private String title = "";

    TeamView(CurrentUser currentUser, TeamService teams, Presence presence, LiveUpdates liveUpdates,
            ObjectProvider<TeamSpaceSection> sections) {
        this.currentUser = currentUser;
        this.sections = sections.stream().sorted(Comparator.comparingInt(TeamSpaceSection::order)).toList();
        this.teams = teams;
        this.presence = presence;
        this.liveUpdates = liveUpdates;
        this.live = new LiveRefresh(liveUpdates);
        addClassName("larteam-page");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        String id = event.getRouteParameters().get("teamId").orElse("");
        teamId = id.isBlank() ? null : new TeamId(id);
        render();
        // The same view instance may be reused for another team: follow the new one.
        if (isAttached()) {
            getUI().ifPresent(this::follow);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        follow(attachEvent.getUI());
    }

    private void follow(UI ui) {
        live.stop();
        leavePresence();
        if (teamId == null) {
            return;
        }
        try {
            // Revoked (removed from the team): rendering again shows that the team is no longer available.
            live.start(ui, me, List.of(TeamLive.topic(teamId)), this::render, this::render);
            // Outside the re-rendered content, so a refresh does not make the person leave and join again.
            presenceBar = new PresenceBar(presence, liveUpdates, me, TeamLive.topic(teamId));
            addComponentAsFirst(presenceBar);
        } catch (NotPermittedException notAllowed) {
            // The page already says the team cannot be shown; there is nothing to follow.
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        leavePresence();
        super.onDetach(detachEvent);
    }

    private void leavePresence() {
        if (presenceBar != null) {
            remove(presenceBar);
            presenceBar = null;
        }
    }

    private void render() {
        content.removeAll();
        try {
            if (teamId == null) {
                throw new NotPermittedException("No team id");
            }
            show(teams.details(me, teamId));
        } catch (NotPermittedException e) {
            leavePresence();
            title = getTranslation("team.not-available.title");
            content.add(new H1(title), new Paragraph(getTranslation("team.not-available")));
        }
    }

    private void show(TeamDetails team) {
        title = team.name();
        Paragraph program = new Paragraph(team.programName());
        program.addClassName("larteam-muted");
        content.add(new H1(team.name()), program);
        if (team.myAccess().insideTeam()) {
            // The library page lists the team's own readings to those inside it (linked by address: no cycle).
            content.add(new Paragraph(se.larteam.base.InAppLink.to(
                    se.larteam.program.ProgramLinks.library(team.programId(), teamId.value()),
                    getTranslation("library.team-link"))));
        }
        boolean manager = team.myAccess() == TeamAccess.ORGANISER || team.myAccess() == TeamAccess.ADMINISTRATOR;
        // The team's work first (meetings, later reflections and readings), then who is in it.
        sections.forEach(section -> content.add(section.create(me, team)));
        com.vaadin.flow.component.html.Section people = new com.vaadin.flow.component.html.Section(
                new H2(getTranslation("team.process-leaders")), people(team.processLeaders(), manager),
                new H2(getTranslation("team.members")), people(team.participants(), manager));
        people.addClassName("larteam-card");
        content.add(people);
    }

    private UnorderedList people(java.util.List<TeamMember> members, boolean manager) {
        UnorderedList list = new UnorderedList();
        list.addClassName("larteam-people");
        for (TeamMember member : members) {
            Avatar avatar = new Avatar(member.displayName());
            avatar.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(avatar, new Span(" " + member.displayName()));
            if (manager) {
                item.add(removeButton(member));
            }
            list.add(item);
        }
        if (members.isEmpty()) {
            list.add(new ListItem(getTranslation("team.nobody")));
        }
        return list;
    }

    /** For organisers: takes the person out of the team, after asking; everyone's open pages follow at once. */
    private Button removeButton(TeamMember member) {
        Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("team.remove", member.displayName()));
        remove.setTooltipText(getTranslation("team.remove", member.displayName()));
        remove.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("team.remove.title"),
                    getTranslation("team.remove.question", member.displayName()), getTranslation("team.remove.confirm"),
                    yes -> {
                        teams.removeMember(me, teamId, member.id());
                        render();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("team.remove.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return remove;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
