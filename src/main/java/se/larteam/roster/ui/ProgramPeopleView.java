package se.larteam.roster.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InAppLink;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.invitation.InvitationService;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramLive;
import se.larteam.program.ProgramPeople;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.roster.RosterImport;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamId;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.user.UserId;
import se.larteam.user.UserProfile;

/**
 * Where organisers form teams: everyone in the program with their team, moved in one step (several at once), given
 * a role, or taken out; and the program's organisers and library readers. Follows the program live, so two
 * organisers working at once see each other's changes, keeping their own filter and selection.
 */
@Route("program/:programId/personer")
@PermitAll
public class ProgramPeopleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** One row of the grid: a person in one team, or a participant in no team yet ({@code team} null). */
    record Placement(UserProfile person, TeamId team, String teamName, TeamRole role) {
    }

    /** A choice in the team filter: everyone, those in no team, or one team. */
    record TeamFilter(String label, Optional<TeamId> team, boolean unplaced) {
    }

    private final CurrentUser currentUser;
    private final ProgramService programs;
    private final TeamService teams;
    private final RosterImport roster;
    private final InvitationService invitations;
    private final LiveRefresh live;
    private final Div content = new Div();
    private final Grid<Placement> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<TeamFilter> teamFilter = new Select<>();
    private final Select<TeamDetails> target = new Select<>();
    private final Select<Optional<TeamRole>> role = new Select<>();
    private final Checkbox keep = new Checkbox();
    private final Paragraph selectionInfo = new Paragraph();
    private final Button place = new Button();
    private final Button removeFromProgram = new Button();
    private final UnorderedList teamList = new UnorderedList();
    private final PeopleInRole organisers;
    private final PeopleInRole readers;
    private List<Placement> placements = List.of();
    private List<TeamDetails> teamDetails = List.of();
    private UserId me;
    private ProgramId program;
    private String programName = "";

    ProgramPeopleView(CurrentUser currentUser, ProgramService programs, TeamService teams, RosterImport roster,
            InvitationService invitations, LiveUpdates liveUpdates) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.programs = programs;
        this.teams = teams;
        this.roster = roster;
        this.live = new LiveRefresh(liveUpdates);
        live.bind(this, () -> me, () -> program == null ? List.of() : List.of(ProgramLive.topic(program)),
                this::refresh, this::refresh);
        this.organisers = new PeopleInRole(ProgramRole.ORGANISER);
        this.readers = new PeopleInRole(ProgramRole.READER);
        addClassName("larteam-page");
        add(content);
        buildGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require();
        content.removeAll();
        try {
            program = new ProgramId(event.getRouteParameters().get("programId").orElse(""));
            ProgramPeople people = programs.people(me, program);
            programName = programs.get(me, program).name();
            layOut();
            show(people);
        } catch (NotPermittedException | IllegalArgumentException e) {
            program = null;
            content.add(new H1(getTranslation("people.title")), new Paragraph(getTranslation("people.not-permitted")));
        }
        live.refollow();
    }




    private void refresh() {
        try {
            show(programs.people(me, program));
        } catch (NotPermittedException revoked) {
            content.removeAll();
            content.add(new H1(getTranslation("people.title")), new Paragraph(getTranslation("people.not-permitted")));
        }
    }

    private void layOut() {
        Paragraph programLine = new Paragraph(programName);
        programLine.addClassName("larteam-muted");
        HorizontalLayout links = new HorizontalLayout(InAppLink.to(ProgramLinks.program(program), getTranslation("program.details")),
                InAppLink.to(ProgramLinks.rosterImport(program), getTranslation("roster.link")));
        content.add(new H1(getTranslation("people.title")), programLine, links);

        H2 teamsHeading = new H2(getTranslation("people.teams"));
        teamsHeading.setId("people-teams");
        // The actions above the list, in sight whatever its length.
        content.add(new Section(teamsHeading, teamList, filters(), actions(), grid));
        content.add(organisers, readers);
    }

    private HorizontalLayout filters() {
        search.setLabel(getTranslation("people.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.addValueChangeListener(e -> applyFilter());
        teamFilter.setLabel(getTranslation("people.filter-team"));
        teamFilter.setItemLabelGenerator(TeamFilter::label);
        teamFilter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout row = new HorizontalLayout(search, teamFilter);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void buildGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(p -> p.person().displayName()).setHeader(getTranslation("roster.column.name"))
                .setComparator(SwedishOrder.by((Placement p) -> p.person().displayName())).setSortable(true);
        grid.addColumn(p -> p.person().title()).setHeader(getTranslation("roster.column.title")).setAutoWidth(true);
        grid.addColumn(p -> p.person().unit()).setHeader(getTranslation("roster.column.unit"));
        grid.addColumn(p -> p.person().email()).setHeader(getTranslation("roster.column.email"));
        grid.addColumn(p -> p.team() == null ? getTranslation("people.no-team") : p.teamName())
                .setHeader(getTranslation("roster.column.team"))
                .setComparator(SwedishOrder.by((Placement p) -> p.teamName() == null ? "" : p.teamName()))
                .setSortable(true);
        grid.addColumn(p -> p.role() == null ? "" : getTranslation("team.access." + p.role().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("people.role")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("people.grid"));
        grid.addSelectionListener(e -> selectionChanged());
    }

    private Div actions() {
        target.setLabel(getTranslation("people.target"));
        target.setItemLabelGenerator(TeamDetails::name);
        target.setEmptySelectionAllowed(false);
        role.setLabel(getTranslation("people.new-role"));
        role.setItems(Optional.empty(), Optional.of(TeamRole.MEMBER), Optional.of(TeamRole.PROCESS_LEADER));
        role.setItemLabelGenerator(r -> r.map(v -> getTranslation("team.access." + v.name().toLowerCase(Locale.ROOT)))
                .orElse(getTranslation("people.keep-role")));
        role.setValue(Optional.empty());
        keep.setLabel(getTranslation("people.keep-old-team"));
        place.setText(getTranslation("people.place"));
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        place.addClickListener(e -> placeSelected());
        removeFromProgram.setText(getTranslation("people.remove-from-program"));
        removeFromProgram.addThemeVariants(ButtonVariant.LUMO_ERROR);
        removeFromProgram.addClickListener(e -> confirmRemoval());
        HorizontalLayout row = new HorizontalLayout(target, role, keep, place, removeFromProgram);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        selectionInfo.addClassName("larteam-muted");
        selectionInfo.getElement().setAttribute("aria-live", "polite");
        selectionChanged();
        return new Div(selectionInfo, row);
    }

    private void show(ProgramPeople people) {
        teamDetails = teams.teamsWithMembers(me, program);
        placements = placements(people, teamDetails);
        showTeamList();

        TeamFilter chosenFilter = teamFilter.getValue();
        List<TeamFilter> filterChoices = new ArrayList<>();
        filterChoices.add(new TeamFilter(getTranslation("people.all-teams"), Optional.empty(), false));
        filterChoices.add(new TeamFilter(getTranslation("people.no-team"), Optional.empty(), true));
        teamDetails.forEach(t -> filterChoices.add(new TeamFilter(t.name(), Optional.of(t.id()), false)));
        teamFilter.setItems(filterChoices);
        teamFilter.setValue(filterChoices.stream().filter(f -> chosenFilter != null && sameFilter(f, chosenFilter))
                .findFirst().orElse(filterChoices.get(0)));

        TeamId chosenTarget = target.getValue() == null ? null : target.getValue().id();
        target.setItems(teamDetails);
        teamDetails.stream().filter(t -> t.id().equals(chosenTarget)).findFirst()
                .or(() -> teamDetails.stream().findFirst()).ifPresent(target::setValue);

        applyFilter();
        organisers.show(people.organisers());
        readers.show(people.readers());
    }

    private static boolean sameFilter(TeamFilter a, TeamFilter b) {
        return a.unplaced() == b.unplaced() && a.team().equals(b.team());
    }

    private void showTeamList() {
        teamList.removeAll();
        teamList.addClassName("larteam-team-counts");
        for (TeamDetails team : teamDetails) {
            String leaders = team.processLeaders().stream().map(TeamMember::displayName).collect(Collectors.joining(", "));
            ListItem item = new ListItem(InAppLink.to("team/" + team.id().value(), team.name()),
                    new Span(" · " + getTranslation("people.team-counts", team.participants().size(),
                            leaders.isEmpty() ? getTranslation("people.no-leader") : leaders)));
            teamList.add(item);
        }
        if (teamDetails.isEmpty()) {
            teamList.add(new ListItem(getTranslation("roster.no-teams")));
        }
    }

    /** Keeps the person's filter and selection across a live refresh. */
    private void applyFilter() {
        Set<Placement> selected = new HashSet<>(grid.getSelectedItems());
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        TeamFilter filter = teamFilter.getValue();
        List<Placement> visible = placements.stream()
                .filter(p -> text.isEmpty() || matches(p, text))
                .filter(p -> filter == null || (filter.unplaced() ? p.team() == null
                        : filter.team().map(t -> t.equals(p.team())).orElse(true)))
                .toList();
        grid.setItems(visible);
        // A short list shows whole; a long one scrolls inside the page.
        boolean whole = visible.size() <= 12;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "28rem");
        visible.stream().filter(selected::contains).forEach(grid::select);
        selectionChanged();
    }

    private static boolean matches(Placement p, String text) {
        return List.of(p.person().displayName(), p.person().email(), p.person().unit(), p.person().title(),
                p.teamName() == null ? "" : p.teamName()).stream()
                .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(text));
    }

    private void selectionChanged() {
        int count = grid.getSelectedItems().size();
        selectionInfo.setText(count == 0 ? getTranslation("people.select-help")
                : getTranslation("people.selected", count));
        place.setEnabled(count > 0 && !teamDetails.isEmpty());
        removeFromProgram.setEnabled(count > 0);
    }

    /**
     * Puts the selected people into the chosen team: those in no team join it, those in another team move (or are
     * added too, when the old team is kept: a process leader leading several), and the role changes when chosen.
     */
    private void placeSelected() {
        TeamDetails to = target.getValue();
        if (to == null) {
            return;
        }
        Optional<TeamRole> newRole = role.getValue();
        Map<TeamId, List<UserId>> moves = new LinkedHashMap<>();
        Map<TeamRole, Set<UserId>> joins = new LinkedHashMap<>();
        for (Placement p : grid.getSelectedItems()) {
            UserId person = p.person().id();
            if (p.team() == null || keep.getValue()) {
                joins.computeIfAbsent(newRole.orElse(p.role() == null ? TeamRole.MEMBER : p.role()),
                        r -> new java.util.LinkedHashSet<>()).add(person);
            } else if (!p.team().equals(to.id())) {
                moves.computeIfAbsent(p.team(), t -> new ArrayList<>()).add(person);
                newRole.filter(r -> r != p.role()).ifPresent(
                        r -> joins.computeIfAbsent(r, x -> new java.util.LinkedHashSet<>()).add(person));
            } else if (newRole.isPresent() && newRole.get() != p.role()) {
                joins.computeIfAbsent(newRole.get(), r -> new java.util.LinkedHashSet<>()).add(person);
            }
        }
        act(() -> {
            moves.forEach((from, people) -> teams.moveMembers(me, from, to.id(), people));
            joins.forEach((r, people) -> teams.putMembers(me, to.id(), people, r));
            int count = grid.getSelectedItems().size();
            grid.deselectAll();
            show(programs.people(me, program));
            notify(getTranslation("people.placed", count, to.name()), NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void confirmRemoval() {
        Set<UserId> people = grid.getSelectedItems().stream().map(p -> p.person().id()).collect(Collectors.toSet());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("people.remove.title"),
                getTranslation("people.remove.question", people.size()), getTranslation("team.remove.confirm"),
                yes -> act(() -> {
                    people.forEach(person -> roster.removeFromProgram(me, program, person));
                    grid.deselectAll();
                    show(programs.people(me, program));
                    notify(getTranslation("people.removed", people.size()), NotificationVariant.LUMO_SUCCESS);
                }));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("team.remove.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Runs a change; a refusal is told in Swedish and nothing on the page is lost. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException invalid) {
            notify(getTranslation(invalid.messageKey(), invalid.arguments()), NotificationVariant.LUMO_ERROR);
        } catch (NotPermittedException denied) {
            notify(getTranslation("error.not-permitted"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6_000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    private static List<Placement> placements(ProgramPeople people, List<TeamDetails> teams) {
        Map<UserId, UserProfile> byId = new LinkedHashMap<>();
        people.participants().forEach(p -> byId.put(p.id(), p));
        List<Placement> rows = new ArrayList<>();
        Set<UserId> placed = new HashSet<>();
        for (TeamDetails team : teams) {
            for (TeamMember member : team.members()) {
                UserProfile person = byId.get(member.id());
                if (person != null) {
                    rows.add(new Placement(person, team.id(), team.name(), member.role()));
                    placed.add(member.id());
                }
            }
        }
        byId.values().stream().filter(p -> !placed.contains(p.id()))
                .forEach(p -> rows.add(new Placement(p, null, null, null)));
        rows.sort(Comparator.comparing((Placement p) -> p.person().displayName(), SwedishOrder.strings())
                .thenComparing(p -> p.teamName() == null ? "" : p.teamName(), SwedishOrder.strings()));
        return rows;
    }

    /** The people in one program role (organisers or readers): listed, added by name and e-mail, removed. */
    private final class PeopleInRole extends Section {

        private final ProgramRole programRole;
        private final UnorderedList list = new UnorderedList();
        private final TextField name = new TextField();
        private final TextField email = new TextField();

        PeopleInRole(ProgramRole programRole) {
            this.programRole = programRole;
            String key = "people." + programRole.name().toLowerCase(Locale.ROOT);
            H2 heading = new H2(getTranslation(key + "s"));
            name.setLabel(getTranslation("roster.column.name"));
            name.setRequiredIndicatorVisible(true);
            email.setLabel(getTranslation("roster.column.email"));
            email.setRequiredIndicatorVisible(true);
            Button add = new Button(getTranslation(key + ".add"), e -> add());
            HorizontalLayout form = new HorizontalLayout(name, email, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(heading, new Paragraph(getTranslation(key + ".help")), list, form);
        }

        void show(List<UserProfile> people) {
            list.removeAll();
            for (UserProfile person : people) {
                Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                String label = getTranslation("people.remove-role", person.displayName(),
                        getTranslation("program.role." + programRole.name().toLowerCase(Locale.ROOT)).toLowerCase());
                remove.setAriaLabel(label);
                remove.setTooltipText(label);
                remove.addClickListener(e -> act(() -> {
                    programs.removePerson(me, program, person.id(), programRole);
                    refresh();
                }));
                list.add(new ListItem(new Span(person.displayName() + " (" + person.email() + ") "), remove));
            }
            if (people.isEmpty()) {
                list.add(new ListItem(getTranslation("team.nobody")));
            }
        }

        private void add() {
            Map<String, TextField> fields = Map.of("displayName", name, "email", email);
            fields.values().forEach(f -> f.setInvalid(false));
            Consumer<InvalidInputException> showProblem = invalid -> {
                TextField field = fields.getOrDefault(invalid.field(), name);
                field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                field.setInvalid(true);
            };
            try {
                UserId added = roster.addToProgram(me, program,
                        new se.larteam.user.NewUser(email.getValue(), name.getValue(), "", ""), programRole);
                String who = name.getValue().strip();
                // Added by hand means wanted now: invited at once, unless they can sign in already.
                boolean invited = invitations.invite(me, program, added);
                ProgramPeopleView.this.notify(getTranslation("people.added", who,
                        getTranslation("program.role." + programRole.name().toLowerCase(Locale.ROOT)).toLowerCase())
                        + " " + getTranslation(invited ? "invitations.sent-one" : "invitations.already-active", who),
                        NotificationVariant.LUMO_SUCCESS);
                name.clear();
                email.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                showProblem.accept(invalid);
            } catch (NotPermittedException denied) {
                ProgramPeopleView.this.notify(getTranslation("error.not-permitted"), NotificationVariant.LUMO_ERROR);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " – " + getTranslation("app.name");
    }
}
