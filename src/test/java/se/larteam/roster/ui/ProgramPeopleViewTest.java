package se.larteam.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramRole;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamRole;
import se.larteam.team.ui.MyTeamsView;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.UserId;

/** Scenario 1 from the start: a program, its organiser, twenty teams of seven, three process leaders. */
class ProgramPeopleViewTest extends KaribuTest {

    private World world;
    private String domain;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        domain = "@" + System.nanoTime() + ".example";
    }

    @Test
    void scenarioOneAnOrganiserFormsTwentyTeamsOfSevenWithThreeProcessLeaders() throws Exception {
        // The administrator creates the program and names its organiser.
        login(world.admin());
        UI.getCurrent().navigate(ProgramLinks.newProgram());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Leda för skolutveckling");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Startdatum")), java.time.LocalDate.of(2026, 8, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Slutdatum")), java.time.LocalDate.of(2029, 6, 30));
        _click(_get(Button.class, spec -> spec.withText("Skapa")));
        // The new program's page is open now: its address holds the id.
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("program/");
        ProgramId program = new ProgramId(path.substring("program/".length()));
        NotificationsKt.expectNotifications("Programmet Leda för skolutveckling är skapat.");
        UI.getCurrent().navigate(ProgramLinks.people(program));
        addInRole("Samordnare", "Katarina Ålund", "katarina" + domain, "Lägg till samordnare");
        NotificationsKt.expectNotifications("Katarina Ålund är tillagd som samordnare. En inbjudan är skickad till Katarina Ålund.");
        UserId katarina = programs.people(world.admin(), program).organisers().get(0).id();

        // The organiser finds the page from her start page.
        login(katarina);
        UI.getCurrent().navigate(MyTeamsView.class);
        Anchor peopleLink = _get(Anchor.class, spec -> spec.withText("Personer och lärteam"));
        assertThat(peopleLink.getHref()).isEqualTo(ProgramLinks.people(program));

        // Twenty teams, then 140 leaders from Excel: 133 already placed in the file, 7 not yet.
        UI.getCurrent().navigate(ProgramLinks.rosterImport(program));
        for (int team = 1; team <= 20; team++) {
            _setValue(_get(TextField.class, spec -> spec.withLabel("Namn på nytt lärteam")), "Lärteam " + team);
            _click(_get(Button.class, spec -> spec.withText("Skapa lärteam")));
        }
        StringBuilder csv = new StringBuilder("Namn;E-post;Titel;Skola/enhet;Lärteam\r\n");
        for (int i = 1; i <= 140; i++) {
            String team = i <= 133 ? "Lärteam " + ((i - 1) / 7 + 1) : "";
            csv.append("Rektor Åkesson ").append(i).append(";rektor").append(i).append(domain)
                    .append(";Rektor;Skola ").append(i).append(';').append(team).append("\r\n");
        }
        UploadKt._upload(_get(Upload.class), "ledare.csv", csv.toString().getBytes(Charset.forName("windows-1252")));
        _click(_get(Button.class, spec -> spec.withText("Importera 140 deltagare")));
        awaitUi(() -> assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains("140 deltagare importerades: 140 nya konton, 133 placerade i lärteam."));
        NotificationsKt.clearNotifications();

        // The seven without a team go to the twentieth, in one step.
        UI.getCurrent().navigate(ProgramLinks.people(program));
        assertThat(_get(H1.class).getText()).isEqualTo("Personer och lärteam");
        _setValue(_get(Select.class, spec -> spec.withLabel("Visa")), filter("Utan lärteam"));
        Grid<ProgramPeopleView.Placement> grid = peopleGrid();
        assertThat(GridKt._size(grid)).isEqualTo(7);
        GridKt._fetch(grid, 0, 7).forEach(grid::select);
        assertThat(_get(Paragraph.class, spec -> spec.withText("7 personer markerade"))).isNotNull();
        _setValue(_get(Select.class, spec -> spec.withLabel("Till lärteam")), team(program, "Lärteam 20"));
        _click(_get(Button.class, spec -> spec.withText("Placera")));
        NotificationsKt.expectNotifications("7 personer är placerade i Lärteam 20.");
        assertThat(GridKt._size(grid)).isZero();

        // Three process leaders, added by hand on the import page, then one of them leads two teams more.
        UI.getCurrent().navigate(ProgramLinks.rosterImport(program));
        String[][] leaders = { { "Kerstin Öberg", "Lärteam 1" }, { "Göran Ärlig", "Lärteam 8" }, { "Åsa Ödlund", "Lärteam 15" } };
        for (String[] leader : leaders) {
            _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), leader[0]);
            _setValue(_get(TextField.class, spec -> spec.withLabel("E-post")),
                    leader[0].toLowerCase().replace(' ', '.') + domain);
            _setValue(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Lärteam")), leader[1]);
            _setValue(_get(Select.class, spec -> spec.withLabel("Roll i lärteamet")), TeamRole.PROCESS_LEADER);
            _click(_get(Button.class, spec -> spec.withText("Lägg till")));
        }
        UI.getCurrent().navigate(ProgramLinks.people(program));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök person")), "Kerstin");
        assertThat(GridKt._size(peopleGrid())).isEqualTo(1);
        peopleGrid().select(GridKt._get(peopleGrid(), 0));
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Behåll även i nuvarande lärteam")), true);
        for (String other : List.of("Lärteam 2", "Lärteam 3")) {
            _setValue(_get(Select.class, spec -> spec.withLabel("Till lärteam")), team(program, other));
            _click(_get(Button.class, spec -> spec.withText("Placera")));
            peopleGrid().select(GridKt._fetch(peopleGrid(), 0, 1).get(0));
        }

        List<TeamDetails> formed = teams.teamsWithMembers(katarina, program);
        assertThat(formed).hasSize(20).allSatisfy(team -> assertThat(team.participants()).hasSize(7));
        assertThat(formed.stream().filter(t -> !t.processLeaders().isEmpty()).map(TeamDetails::name))
                .containsExactlyInAnyOrder("Lärteam 1", "Lärteam 2", "Lärteam 3", "Lärteam 8", "Lärteam 15");
        assertThat(formed.stream().flatMap(t -> t.processLeaders().stream()).map(TeamMember::displayName).distinct())
                .containsExactlyInAnyOrder("Kerstin Öberg", "Göran Ärlig", "Åsa Ödlund");
        assertThat(programs.people(katarina, program).participants()).hasSize(143);
    }

    @Test
    void aMovedMembersOpenTeamPageFollowsAtOnce() throws Exception {
        se.larteam.team.TeamId soder = teams.create(world.a().organiser(), world.a().program(), "Lärteam Söder");
        login(world.a().member());
        UI.getCurrent().navigate("team/" + world.a().team().value());
        assertThat(_get(H1.class).getText()).isEqualTo("Lärteam A");

        teams.moveMembers(world.a().organiser(), world.a().team(), soder, List.of(world.a().member()));

        awaitUi(() -> assertThat(_get(H1.class).getText()).isEqualTo("Lärteamet kan inte visas"));
        UI.getCurrent().navigate("team/" + soder.value());
        assertThat(_get(H1.class).getText()).isEqualTo("Lärteam Söder");
    }

    @Test
    void anotherOrganisersChangeAppearsWithoutLosingTheSearch() throws Exception {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.people(world.a().program()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök person")), "Deltagare");
        assertThat(GridKt._size(peopleGrid())).isEqualTo(1);

        teams.putMember(world.admin(), world.a().team(), world.a().spare(), TeamRole.MEMBER);
        programs.addPerson(world.admin(), world.a().program(), world.a().spare(), ProgramRole.READER);

        awaitUi(() -> assertThat(_find(com.vaadin.flow.component.html.ListItem.class))
                .anySatisfy(item -> assertThat(item.getElement().getTextRecursively()).contains("Reserv A")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Sök person")).getValue()).isEqualTo("Deltagare");
        assertThat(GridKt._size(peopleGrid())).isEqualTo(1);
    }

    @Test
    void theLastOrganiserIsToldWhyTheyCannotLeave() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.people(world.a().program()));

        _click(_get(Button.class, spec -> spec.withPredicate(b -> "Ta bort Organisatör A som samordnare".equals(b.getAriaLabel().orElse(null)))));

        NotificationsKt.expectNotifications("Programmet måste ha minst en samordnare. Lägg till en ny samordnare först.");
        assertThat(programs.rolesOf(world.a().organiser(), world.a().program())).contains(ProgramRole.ORGANISER);
    }

    @Test
    void removingFromTheProgramAsksFirst() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.people(world.a().program()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök person")), "Deltagare A");
        peopleGrid().select(GridKt._get(peopleGrid(), 0));

        _click(_get(Button.class, spec -> spec.withText("Ta bort ur programmet")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("En person är borttagen ur programmet.");
        assertThat(teams.access(world.a().member(), world.a().team())).isEmpty();
    }

    @Test
    void aBadAddressForAReaderIsExplainedAndWhatWasTypedStays() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.people(world.a().program()));

        addInRole("Läsare i biblioteket", "Lisa Läsare", "lisa-utan-doman", "Lägg till läsare");

        TextField email = field("Läsare i biblioteket", "E-post");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Ange en giltig e-postadress");
        assertThat(field("Läsare i biblioteket", "Namn").getValue()).isEqualTo("Lisa Läsare");
    }

    @Test
    void membersCannotOpenThePage() {
        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.people(world.a().program()));

        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("Bara programmets samordnare kan forma lärteam och hantera personer.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    private void addInRole(String section, String name, String email, String button) {
        _setValue(field(section, "Namn"), name);
        _setValue(field(section, "E-post"), email);
        _click(_get(Button.class, spec -> spec.withText(button)));
    }

    /** The field with this label inside the section with this heading: organisers and readers have alike forms. */
    private static TextField field(String section, String label) {
        com.vaadin.flow.component.html.Section container = _get(com.vaadin.flow.component.html.Section.class,
                spec -> spec.withPredicate(s -> s.getChildren().anyMatch(c -> c instanceof com.vaadin.flow.component.html.H2 h
                        && h.getText().equals(section))));
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(container, TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProgramPeopleView.Placement> peopleGrid() {
        return _get(Grid.class, spec -> spec.withPredicate(
                g -> "Deltagare i programmet med sina lärteam".equals(g.getAriaLabel().orElse(null))));
    }

    @SuppressWarnings("unchecked")
    private static ProgramPeopleView.TeamFilter filter(String label) {
        Select<ProgramPeopleView.TeamFilter> select = _get(Select.class, spec -> spec.withLabel("Visa"));
        return select.getListDataView().getItems().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TeamDetails team(ProgramId program, String name) {
        Select<TeamDetails> select = _get(Select.class, spec -> spec.withLabel("Till lärteam"));
        return select.getListDataView().getItems().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

}
