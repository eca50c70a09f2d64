package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/** Exports through the service: round trips through the own importers, the APA list, and who may export what. */
@SpringBootTest
class ReadingExportTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    ReadingService readings;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    static final ReadingDraft SWEDISH = new ReadingDraft("Åtgärder för ökad måluppfyllelse: {rektorns} roll & 100 % ansvar",
            List.of("Öberg, Åsa", "Ärlig, Örjan", "Skolverket"), 2019, ReadingKind.REPORT, "Skolverket",
            "10.1234/ÅÄÖ-2019", "https://www.skolverket.se/publikationer?id=4093&typ=rapport", "sv",
            "Om skolutveckling i förskola och skola.\nAndra stycket om vårdnadshavare.",
            List.of("kollegialt lärande", "ledarskap", "egen tagg"), Evidence.RESEARCH, List.of());
    static final ReadingDraft ENGLISH = new ReadingDraft("Teacher Professional Learning and Development",
            List.of("Helen Timperley", "Aaron Wilson", "Heather Barrar", "Irene Fung"), 2007, ReadingKind.BOOK_CHAPTER,
            "Best Evidence Synthesis Iteration", "", "", "en", "", List.of(), Evidence.RESEARCH, List.of());
    static final ReadingDraft LECTURE = new ReadingDraft("Rektorer i aktion – föreläsning", List.of("Jan Håkansson"),
            2015, ReadingKind.RECORDED_LECTURE, "Konferensen i Helsingborg", "", "https://example.org/video/1", "no",
            "Kort sammanfattning.", List.of("skolutveckling"), Evidence.PROVEN_EXPERIENCE, List.of());

    @Test
    void bibTeXReadsBackWithTheSameFields() {
        List<ReadingId> ids = addAll();
        ExportFile file = readings.export(world.a().member(), ids, ExportFormat.BIBTEX, Locale.of("sv"));

        assertThat(file.fileName()).isEqualTo("lasningar.bib");
        assertThat(file.contentType()).startsWith("application/x-bibtex");
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("@techreport{oberg2019,").contains("@incollection{timperley2007,");
        List<ParsedEntry> back = BibTeXFile.read(text, Evidence.RESEARCH);
        assertSameAsStored(back, ids, Evidence.RESEARCH);
    }

    @Test
    void risReadsBackWithTheSameFields() {
        List<ReadingId> ids = addAll();
        ExportFile file = readings.export(world.a().member(), ids, ExportFormat.RIS, Locale.of("sv"));

        assertThat(file.fileName()).isEqualTo("lasningar.ris");
        assertThat(file.contentType()).startsWith("application/x-research-info-systems");
        List<ParsedEntry> back = RisFile.read(file.bytes(), Evidence.RESEARCH);
        assertSameAsStored(back, ids, Evidence.RESEARCH);
    }

    @Test
    void anExportImportsIntoAnotherProgramWithoutProblems() {
        List<ReadingId> ids = addAll();
        byte[] bib = readings.export(world.a().member(), ids, ExportFormat.BIBTEX, Locale.of("sv")).bytes();

        ImportPreview preview = readings.previewImport(world.b().organiser(), world.b().program(), null,
                Evidence.RESEARCH, bib);

        assertThat(preview.problems()).isZero();
        assertThat(preview.toImport()).isEqualTo(3);
        // Into the same place again: every entry is a duplicate.
        assertThat(readings.previewImport(world.a().member(), world.a().program(), world.a().team(),
                Evidence.RESEARCH, bib).duplicates()).isEqualTo(3);
    }

    @Test
    void apaListsAKnownReferenceAsApa7Has() {
        ReadingId article = readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft(
                "Protein measurement with the Folin phenol reagent",
                List.of("Lowry, Oliver H.", "Rosebrough, Nira J.", "Farr, A. Lewis", "Randall, Rose J."), 1951,
                ReadingKind.ARTICLE, "The Journal of Biological Chemistry", "", "", "en", "", List.of(),
                Evidence.RESEARCH, List.of()));

        ExportFile file = readings.export(world.a().member(), List.of(article), ExportFormat.APA, Locale.ENGLISH);

        assertThat(file.fileName()).isEqualTo("referenser-apa.txt");
        assertThat(file.contentType()).startsWith("text/plain");
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8).strip()).isEqualTo(
                "Lowry, O. H., Rosebrough, N. J., Farr, A. L., & Randall, R. J. (1951). Protein measurement with the "
                        + "Folin phenol reagent. The Journal of Biological Chemistry.");
    }

    @Test
    void apaInSwedishSortsByAuthorAndKeepsSwedishLetters() {
        List<ReadingId> ids = addAll();

        String list = new String(readings.export(world.a().member(), ids, ExportFormat.APA, Locale.of("sv")).bytes(),
                StandardCharsets.UTF_8);

        List<String> lines = list.lines().toList();
        assertThat(lines).hasSize(3);
        // APA orders by the first author's family name: Håkansson, Timperley, Öberg (Ö last, as in Swedish).
        assertThat(lines.get(0)).startsWith("Håkansson, J. (2015).");
        assertThat(lines.get(1)).startsWith("Timperley, H., Wilson, A., Barrar, H., & Fung, I. (2007).");
        assertThat(lines.get(2)).isEqualTo("Öberg, Å., Ärlig, Ö., & Skolverket. (2019). Åtgärder för ökad "
                + "måluppfyllelse: {rektorns} roll & 100 % ansvar. Skolverket. https://doi.org/10.1234/åäö-2019");
    }

    @Test
    void anExportWithAReadingThePersonMayNotSeeIsRefusedWhole() {
        ReadingId own = readings.addToTeam(world.a().member(), world.a().team(), SWEDISH);
        ReadingId foreign = readings.addToTeam(world.b().member(), world.b().team(), ENGLISH);

        for (ExportFormat format : ExportFormat.values()) {
            assertThatThrownBy(() -> readings.export(world.a().member(), List.of(own, foreign), format, Locale.of("sv")))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> readings.export(world.a().member(), List.of(new ReadingId("no-such")), format,
                    Locale.of("sv"))).isInstanceOf(NotPermittedException.class);
            // The team's own reading is the safe room: not for the program's organiser or reader either.
            assertThatThrownBy(() -> readings.export(world.a().organiser(), List.of(own), format, Locale.of("sv")))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> readings.export(world.a().reader(), List.of(own), format, Locale.of("sv")))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThatThrownBy(() -> readings.export(world.a().member(), List.of(), ExportFormat.RIS, Locale.of("sv")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void braceAndNewlineInjectionCannotForgeEntries() {
        ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft(
                "Titel}, author = {Falsk", List.of("A. Författare"), 2020, ReadingKind.ARTICLE, "", "", "", "sv",
                "Rad ett\nER  - \nTY  - JOUR\nTI  - Smugglad", List.of(), Evidence.RESEARCH, List.of()));

        byte[] ris = readings.export(world.a().member(), List.of(id), ExportFormat.RIS, Locale.of("sv")).bytes();
        byte[] bib = readings.export(world.a().member(), List.of(id), ExportFormat.BIBTEX, Locale.of("sv")).bytes();

        assertThat(RisFile.read(ris, Evidence.RESEARCH)).singleElement()
                .satisfies(e -> assertThat(e.draft().title()).isEqualTo("Titel}, author = {Falsk"));
        assertThat(BibTeXFile.read(new String(bib, StandardCharsets.UTF_8), Evidence.RESEARCH)).singleElement()
                .satisfies(e -> assertThat(e.draft().authors()).containsExactly("A. Författare"));
    }

    private List<ReadingId> addAll() {
        return List.of(readings.addToTeam(world.a().member(), world.a().team(), SWEDISH),
                readings.addToTeam(world.a().member(), world.a().team(), ENGLISH),
                readings.addToTeam(world.a().member(), world.a().team(), LECTURE));
    }

    /** Every field the formats carry, as the service stored it (after validation), except the summary's line breaks. */
    private void assertSameAsStored(List<ParsedEntry> back, List<ReadingId> ids, Evidence evidence) {
        assertThat(back).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            ReadingDraft stored = readings.get(world.a().member(), ids.get(i)).content();
            ReadingDraft read = back.get(i).draft();
            assertThat(read.title()).isEqualTo(stored.title());
            assertThat(read.authors()).isEqualTo(stored.authors());
            assertThat(read.year()).isEqualTo(stored.year());
            assertThat(read.kind()).isEqualTo(stored.kind());
            assertThat(read.source()).isEqualTo(stored.source());
            assertThat(read.doi()).isEqualTo(stored.doi());
            assertThat(read.url()).isEqualTo(stored.url());
            assertThat(read.language()).isEqualTo(stored.language());
            assertThat(read.summary()).isEqualTo(stored.summary().replaceAll("\\s*\\R\\s*", " "));
            assertThat(read.themes()).isEqualTo(stored.themes());
            assertThat(read.evidence()).isEqualTo(evidence);
        }
    }
}
