package se.larteam.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import se.larteam.program.ProgramLinks;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamSummary;
import se.larteam.team.ui.MyTeamsView;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** Scenario 1, as the organiser: bring participants in from Excel's CSV, see the preview, import. */
class RosterImportViewTest extends KaribuTest {

    private World world;
    private String domain;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        domain = "@" + System.nanoTime() + ".example";
    }

    @Test
    void anOrganiserImportsParticipantsFromExcel() throws Exception {
        login(world.a().organiser());
        UI.getCurrent().navigate(MyTeamsView.class);
        Anchor link = _get(Anchor.class, spec -> spec.withText("Importera deltagare"));
        assertThat(link.getHref()).isEqualTo(ProgramLinks.rosterImport(world.a().program()));
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Importera deltagare");

        String csv = "Namn;E-post;Titel;Skola/enhet;Lärteam\r\n"
                + "Åsa Ängström;asa" + domain + ";Rektor;Örnskolan;Lärteam A\r\n"
                + "Örjan Åberg;orjan" + domain + ";Rektor i förskola;Förskolan Älgen;\r\n";
        UploadKt._upload(_get(Upload.class), "deltagare.csv", csv.getBytes(Charset.forName("windows-1252")));

        assertThat(_get(Paragraph.class, spec -> spec.withText("2 rader · teckenkodning Windows-1252 · avgränsare: semikolon")))
                .isNotNull();
        Grid<?> rows = grid("Förhandsvisning");
        assertThat(GridKt._size(rows)).isEqualTo(2);
        assertThat(row(rows, 0).get(1)).isEqualTo("Åsa Ängström");

        _click(_get(Button.class, spec -> spec.withText("Importera 2 deltagare")));

        awaitUi(() -> assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains("2 deltagare importerades: 2 nya konton, 1 placerade i lärteam."));
        assertThat(teams.details(world.a().organiser(), world.a().team()).members()).extracting(TeamMember::displayName)
                .contains("Åsa Ängström");
    }

    @Test
    void aFileWithProblemsShowsThemAndCannotBeImported() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.rosterImport(world.a().program()));

        String csv = "Namn;E-post;Lärteam\nAnna;inte-en-adress;\nBo;bo" + domain + ";Lärteam Okänt\n";
        UploadKt._upload(_get(Upload.class), "deltagare.csv", csv.getBytes(StandardCharsets.UTF_8));

        Grid<?> problems = grid("2 fel i filen");
        assertThat(row(problems, 0).get(2)).startsWith("Ange en giltig e-postadress");
        assertThat(row(problems, 1).get(2)).isEqualTo("Det finns inget lärteam som heter \"Lärteam Okänt\" i programmet.");
        assertThat(_get(Button.class, spec -> spec.withText("Importera 2 deltagare")).isEnabled()).isFalse();
    }

    @Test
    void anOrganiserAddsOnePersonAndABadAddressIsExplainedWithoutLosingTheInput() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.rosterImport(world.a().program()));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Märta Åström");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-post")), "marta.astrom");
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Lärteam")), "Lärteam A");
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));

        TextField email = _get(TextField.class, spec -> spec.withLabel("E-post"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Ange en giltig e-postadress");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Namn")).getValue()).isEqualTo("Märta Åström");

        _setValue(email, "marta.astrom" + domain);
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));

        NotificationsKt.expectNotifications(
                "Märta Åström är tillagd i programmet. En inbjudan är skickad till Märta Åström.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Namn")).getValue()).isEmpty();
        assertThat(teams.details(world.a().organiser(), world.a().team()).members()).extracting(TeamMember::displayName)
                .contains("Märta Åström");
    }

    @Test
    void scenarioOneCreateATeamGiveItAProcessLeaderAndImportItsMembers() throws Exception {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.rosterImport(world.a().program()));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn på nytt lärteam")), "Lärteam Öst");
        _click(_get(Button.class, spec -> spec.withText("Skapa lärteam")));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Lärteam i programmet: Lärteam A, Lärteam Öst"))).isNotNull();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Namn")), "Kerstin Ödman");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-post")), "kerstin" + domain);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Lärteam")), "Lärteam Öst");
        _setValue(_get(Select.class, spec -> spec.withLabel("Roll i lärteamet")), TeamRole.PROCESS_LEADER);
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));

        String csv = "Namn;E-post;Lärteam\nSara Öst;sara" + domain + ";Lärteam Öst\nTore Öst;tore" + domain + ";Lärteam Öst\n";
        UploadKt._upload(_get(Upload.class), "ost.csv", csv.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Importera 2 deltagare")));
        awaitUi(() -> assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .contains("2 deltagare importerades: 2 nya konton, 2 placerade i lärteam."));

        TeamSummary ost = teams.teamsOf(world.a().organiser(), world.a().program()).stream()
                .filter(t -> t.name().equals("Lärteam Öst")).findFirst().orElseThrow();
        TeamDetails details = teams.details(world.a().organiser(), ost.id());
        assertThat(details.processLeaders()).extracting(TeamMember::displayName).containsExactly("Kerstin Ödman");
        assertThat(details.participants()).extracting(TeamMember::displayName).containsExactly("Sara Öst", "Tore Öst");
    }

    @Test
    void aMemberCannotImport() {
        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.rosterImport(world.a().program()));

        assertThat(_get(Paragraph.class).getText()).isEqualTo("Bara programmets samordnare kan importera deltagare.");
    }

    /** Grids are told apart the way a screen reader does, by their accessible name. */
    private static Grid<?> grid(String ariaLabel) {
        return _get(Grid.class, spec -> spec.withPredicate(g -> ariaLabel.equals(g.getAriaLabel().orElse(null))));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.List<String> row(Grid<?> grid, int index) {
        return GridKt._getFormattedRow((Grid) grid, index);
    }
}
