package se.larteam.team.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import java.util.ArrayList;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import se.larteam.base.InAppLink;
import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramLive;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.program.ProgramSummary;
import se.larteam.security.CurrentUser;
import se.larteam.team.StartPageSection;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * "Mina lärteam", the start page: what other features put first for the person ({@link StartPageSection}, e.g.
 * their open actions), then the programs they are part of and their teams with the person's role.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:group", title = "menu.my-teams")
public class MyTeamsView extends Main implements HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ProgramService programs;
    private final TeamService teams;
    private final UserService users;
    private final LiveRefresh live;
    private final List<StartPageSection> sections;
    private UserId me;

    MyTeamsView(CurrentUser currentUser, ProgramService programs, TeamService teams, UserService users,
            LiveUpdates liveUpdates, ObjectProvider<StartPageSection> sections) {
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(StartPageSection::order)).toList();
        this.users = users;
        this.currentUser = currentUser;
        this.programs = programs;
        this.teams = teams;
        this.live = new LiveRefresh(liveUpdates);
        addClassName("larteam-page");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Captured here: live refreshes run later, on another thread, without a security context.
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
        add(new H1(getTranslation("my-teams.title")));
        if (users.profile(me).administrator()) {
            add(routerAnchor(ProgramLinks.newProgram(), getTranslation("program.new")));
        }
        List<ProgramSummary> myPrograms = programs.myPrograms(me);
        List<TeamSummary> myTeams = teams.myTeams(me);
        follow(ui, myPrograms, myTeams);
        sections.forEach(section -> section.create(me).ifPresent(this::add));
        if (myPrograms.isEmpty()) {
            add(new Paragraph(getTranslation("my-teams.empty")));
            return;
        }
        Map<String, List<TeamSummary>> teamsByProgram = myTeams.stream()
                .collect(Collectors.groupingBy(t -> t.programId().value()));
        for (ProgramSummary program : myPrograms) {
            add(programSection(program, teamsByProgram.getOrDefault(program.id().value(), List.of())));
        }
    }

    /** Follows what is on the page, and the person's own topic, which hears of teams and programs they join. */
    private void follow(UI ui, List<ProgramSummary> myPrograms, List<TeamSummary> myTeams) {
        List<Topic> topics = new ArrayList<>();
        topics.add(Topic.person(me));
        myPrograms.forEach(p -> topics.add(ProgramLive.topic(p.id())));
        myTeams.forEach(t -> topics.add(TeamLive.topic(t.id())));
        try {
            live.start(ui, me, topics, () -> render(ui), () -> render(ui));
        } catch (NotPermittedException raced) {
            // Access changed between listing and subscribing: the person's own topic brings the next refresh.
            live.start(ui, me, List.of(Topic.person(me)), () -> render(ui), () -> render(ui));
        }
    }

    private Section programSection(ProgramSummary program, List<TeamSummary> programTeams) {
        H2 name = new H2(program.name());
        Section section = new Section(name);
        section.addClassName("larteam-card");
        section.getElement().setAttribute("aria-label", program.name());
        Paragraph facts = new Paragraph(programFacts(program));
        facts.addClassName("larteam-muted");
        section.add(facts);
        for (ProgramRole role : List.of(ProgramRole.ORGANISER, ProgramRole.READER)) {
            if (program.myRoles().contains(role)) {
                section.add(badge(getTranslation("program.role." + role.name().toLowerCase())));
            }
        }
        // Everyone with a role in the program browses its research library (linked by address: no import of it).
        section.add(routerAnchor(ProgramLinks.library(program.id()), getTranslation("library.link")));
        if (program.mayManage()) {
            section.add(routerAnchor(ProgramLinks.program(program.id()), getTranslation("program.details")));
            section.add(routerAnchor(ProgramLinks.people(program.id()), getTranslation("people.link")));
            section.add(routerAnchor(ProgramLinks.rosterImport(program.id()), getTranslation("roster.link")));
        }
        if (programTeams.isEmpty()) {
            section.add(new Paragraph(getTranslation("my-teams.no-teams")));
        } else {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-label", getTranslation("my-teams.teams-in", program.name()));
            programTeams.forEach(team -> list.add(teamItem(team)));
            section.add(list);
        }
        return section;
    }

    private String programFacts(ProgramSummary program) {
        StringBuilder facts = new StringBuilder(program.organisation() == null ? "" : program.organisation());
        if (program.start() != null && program.end() != null) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
            if (!facts.isEmpty()) {
                facts.append(" · ");
            }
            facts.append(dates.format(program.start())).append(" – ").append(dates.format(program.end()));
        }
        return facts.toString();
    }

    private ListItem teamItem(TeamSummary team) {
        RouterLink link = new RouterLink(team.name(), TeamView.class, new RouteParameters("teamId", team.id().value()));
        Span role = badge(getTranslation("team.access." + team.myAccess().name().toLowerCase()));
        Span members = new Span(getTranslation("my-teams.member-count", team.memberCount()));
        members.addClassName("larteam-muted");
        Div line = new Div(link, new Span(" "), role, new Span(" "), members);
        return new ListItem(line);
    }

    /** A link Vaadin's router handles, by address, so this view does not import other features' views. */
    private static Anchor routerAnchor(String href, String text) {
        Anchor anchor = InAppLink.to(href, text);
        anchor.getStyle().set("margin-left", "var(--lumo-space-m)");
        return anchor;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-teams.title") + " – " + getTranslation("app.name");
    }

}
