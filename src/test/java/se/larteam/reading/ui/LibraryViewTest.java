package se.larteam.reading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import se.larteam.program.ProgramLinks;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingFilter;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.reading.TestPdfs;
import se.larteam.team.ui.MyTeamsView;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** Scenario 4 and a team adding its own reading, as people would do it. */
class LibraryViewTest extends KaribuTest {

    @Autowired
    ReadingService readings;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        var organiser = world.a().organiser();
        var program = world.a().program();
        ReadingId timperley = readings.addToLibrary(organiser, program, new ReadingDraft(
                "Det professionella lärandets inneboende kraft", List.of("Helen Timperley"), 2013, ReadingKind.BOOK_CHAPTER,
                "Natur & Kultur", "", "", "sv", "Lärare lär sig i cykler av undersökande och kunskapsbyggande.",
                List.of("kollegialt lärande", "ledarskap"), Evidence.RESEARCH,
                List.of("Vilka elevbehov utgår vi från?", "Hur vet vi att förändringen gjorde skillnad?")));
        readings.attachPdf(organiser, timperley, "timperley.pdf", TestPdfs.withText("Professionellt lärande"));
        readings.addToLibrary(organiser, program, new ReadingDraft("Kollegialt lärande i praktiken", List.of("Skolverket"),
                2008, ReadingKind.REPORT, "Skolverket", "", "", "sv", "Äldre erfarenheter.", List.of("kollegialt lärande"),
                Evidence.PROVEN_EXPERIENCE, List.of()));
        readings.addToLibrary(organiser, program, new ReadingDraft("Synligt lärande för lärare", List.of("John Hattie"),
                2012, ReadingKind.BOOK_CHAPTER, "Natur & Kultur", "", "", "sv", "", List.of("undervisning"),
                Evidence.RESEARCH, List.of()));
        readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft("Teamets hemliga text", List.of(),
                2015, ReadingKind.ARTICLE, "", "", "", "sv", "", List.of("kollegialt lärande"), Evidence.RESEARCH, List.of()));
    }

    @Test
    void scenarioFourAReaderFiltersOpensAndReadsAReadingAndMayDownloadIt() {
        login(world.a().reader());
        UI.getCurrent().navigate(MyTeamsView.class);
        Anchor link = _get(Anchor.class, spec -> spec.withText("Forskningsbibliotek"));
        assertThat(link.getHref()).isEqualTo(ProgramLinks.library(world.a().program()));
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Forskningsbibliotek");
        Grid<ReadingSummary> grid = grid();
        assertThat(GridKt._size(grid)).as("the library, without the team's own reading").isEqualTo(3);

        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Tema")), Set.of("kollegialt lärande"));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Från år")), 2010);

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withText("En läsning"))).isNotNull();
        Anchor open = (Anchor) GridKt._getCellComponent(grid, 0, "title");
        assertThat(open.getText()).isEqualTo("Det professionella lärandets inneboende kraft");
        UI.getCurrent().navigate(open.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Det professionella lärandets inneboende kraft");
        assertThat(section("Sammanfattning").getElement().getTextRecursively())
                .contains("Lärare lär sig i cykler av undersökande och kunskapsbyggande.");
        assertThat(section("Diskussionsfrågor").getElement().getTextRecursively())
                .contains("Vilka elevbehov utgår vi från?", "Hur vet vi att förändringen gjorde skillnad?");
        Anchor download = _get(Anchor.class, spec -> spec.withText("Ladda ner timperley.pdf (0,0 MB, en sida)"));
        assertThat(download.getHref()).isEqualTo(ReadingLinks.pdf(readingId()));
        // A reader browses: no editing, no notes, no upload.
        assertThat(_find(Button.class, spec -> spec.withText("Ändra"))).isEmpty();
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Ny anteckning"))).isEmpty();
    }

    @Test
    void aMemberAddsATeamReadingAndAMistakeIsExplainedWithoutLosingWhatWasTyped() {
        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        assertThat(GridKt._size(grid())).as("the library and the team's own reading").isEqualTo(4);
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withText("Lägg till läsning")).getHref());

        assertThat(_get(Select.class, spec -> spec.withLabel("Var ska läsningen finnas?")).getValue())
                .isEqualTo(world.a().team().value());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Titel")), "Leda för lärande");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Författare")), "Viviane Robinson");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("År")), 2015);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Grund")), Evidence.RESEARCH);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Länk")), "javascript:alert('hej')");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Teman")), Set.of("ledarskap"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Diskussionsfrågor")),
                "Vad betyder elevnära ledarskap hos oss?\nVad prövar vi?");
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));

        TextField url = _get(TextField.class, spec -> spec.withLabel("Länk"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Länken måste vara en webbadress som börjar med http:// eller https://.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Titel")).getValue()).isEqualTo("Leda för lärande");

        _setValue(url, "https://www.natkul.se/leda-for-larande");
        _click(_get(Button.class, spec -> spec.withText("Lägg till")));

        NotificationsKt.expectNotifications("Leda för lärande är tillagd.");
        assertThat(_get(H1.class).getText()).isEqualTo("Leda för lärande");
        assertThat(section("Diskussionsfrågor").getElement().getTextRecursively()).contains("Vad prövar vi?");
        assertThat(readings.library(world.a().reader(), world.a().program(), ReadingFilter.none(), 0, 50))
                .extracting(ReadingSummary::title).doesNotContain("Leda för lärande");

        UploadKt._upload(_get(Upload.class), "robinson.pdf", TestPdfs.withText("Elevnära ledarskap"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Ladda ner robinson.pdf (0,0 MB, en sida)"))).isNotNull();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ny anteckning")), "Passar till träffen i mars.");
        _click(_get(Button.class, spec -> spec.withText("Skriv anteckning")));
        assertThat(section("Anteckningar").getElement().getTextRecursively()).contains("Passar till träffen i mars.");
    }

    @Test
    void aNoteByTheProcessLeaderAppearsOnTheMembersPageWithoutReloading() throws InterruptedException {
        ReadingId id = readings.teamReadings(world.a().member(), world.a().team()).get(0).id();
        login(world.a().member());
        UI.getCurrent().navigate(ReadingLinks.reading(id));
        assertThat(section("Anteckningar").getElement().getTextRecursively()).contains("Inga anteckningar ännu.");

        readings.addNote(world.a().processLeader(), id, null, "Läs sidan 12 till nästa gång.");

        awaitUi(() -> assertThat(section("Anteckningar").getElement().getTextRecursively())
                .contains("Läs sidan 12 till nästa gång.", "Processledare A"));
    }

    @Test
    void markupInAReadingIsShownAsTextAndNeverRuns() {
        String attack = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft(attack,
                List.of(attack), 2020, ReadingKind.ARTICLE, attack, "", "https://example.se/?q=%3Cscript%3E", "sv", attack,
                List.of(attack.substring(0, 30)), Evidence.RESEARCH, List.of(attack)));
        login(world.a().member());
        UI.getCurrent().navigate(ReadingLinks.reading(id));

        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo(attack);
        assertThat(title.getElement().getChildren()).as("text, not elements")
                .allSatisfy(child -> assertThat(child.isTextNode()).isTrue());
        assertThat(section("Sammanfattning").getElement().getTextRecursively()).contains(attack);
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .allSatisfy(href -> assertThat(href).doesNotStartWithIgnoringCase("javascript:"));
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("<script>alert(2)</script>");
    }

    @Test
    void aMemberRemovesATeamReadingButNotALibraryOne() {
        ReadingId own = readings.teamReadings(world.a().member(), world.a().team()).get(0).id();
        login(world.a().member());
        UI.getCurrent().navigate(ReadingLinks.reading(readingId()));
        assertThat(_find(Button.class, spec -> spec.withText("Ta bort läsningen"))).isEmpty();

        UI.getCurrent().navigate(ReadingLinks.reading(own));
        _click(_get(Button.class, spec -> spec.withText("Ta bort läsningen")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).startsWith("Teamets hemliga text tas bort");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(H1.class).getText()).isEqualTo("Forskningsbibliotek");
        assertThat(readings.teamReadings(world.a().member(), world.a().team())).isEmpty();
    }

    @Test
    void anExeRenamedToPdfIsRefusedOnThePage() {
        login(world.a().member());
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft("Text", List.of(), 2020,
                ReadingKind.ARTICLE, "", "", "", "sv", "", List.of(), Evidence.RESEARCH, List.of()));
        UI.getCurrent().navigate(ReadingLinks.reading(id));

        UploadKt._upload(_get(Upload.class), "rapport.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3});

        NotificationsKt.expectNotifications("Filen är inte en PDF. Välj en PDF-fil (filens innehåll avgör, inte namnet).");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Ingen PDF är bifogad."))).isNotNull();
    }

    @Test
    void aMemberOfAnotherTeamCannotOpenTheTeamsReadingByItsAddress() {
        ReadingId secret = readings.teamReadings(world.a().member(), world.a().team()).get(0).id();
        login(world.b().member());
        UI.getCurrent().navigate(ReadingLinks.reading(secret));

        assertThat(_get(H1.class).getText()).isEqualTo("Läsningen finns inte");
        assertThat(_find(H2.class)).isEmpty();
    }

    private ReadingId readingId() {
        return readings.library(world.a().reader(), world.a().program(),
                new ReadingFilter("inneboende", null, null, null, null, null, null), 0, 1).get(0).id();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReadingSummary> grid() {
        return _get(Grid.class, spec -> spec.withPredicate(g -> "Läsningar".equals(g.getAriaLabel().orElse(null))));
    }

    private static Section section(String heading) {
        return _get(Section.class, spec -> spec.withPredicate(s -> s.getChildren().findFirst()
                .filter(c -> c instanceof H2 h && h.getText().equals(heading)).isPresent()));
    }
}
