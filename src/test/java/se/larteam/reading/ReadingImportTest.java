package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

/** RIS files into a team or the library: preview, duplicates, per-entry problems, all or nothing. */
@SpringBootTest
class ReadingImportTest {

    static final String GOOD = """
            TY  - JOUR
            AU  - Robinson, Viviane M. J.
            AU  - Lloyd, Claire A.
            TI  - The impact of leadership on student outcomes
            JO  - Educational Administration Quarterly
            PY  - 2008/12/01
            DO  - https://doi.org/10.1177/0013161X08321509
            LA  - English
            KW  - ledarskap
            AB  - A meta-analysis.
            ER  -\s
            TY  - RPRT
            AU  - Skolverket
            TI  - Forskning för klassrummet
            PY  - 2013
            UR  - https://www.skolverket.se/
            KW  - skolutveckling
            ER  -\s
            """;

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

    @Test
    void aGoodFileIsPreviewedThenImportedIntoTheLibrary() {
        ImportPreview preview = readings.previewImport(world.a().organiser(), world.a().program(), null,
                Evidence.RESEARCH, bytes(GOOD));
        assertThat(preview.entries()).extracting(ImportEntry::line).containsExactly(1, 12);
        assertThat(preview.entries()).allSatisfy(e -> assertThat(e.ok()).isTrue());
        assertThat(readings.count(world.a().reader(), world.a().program(), ReadingFilter.none())).isZero();

        assertThat(readings.importReferences(world.a().organiser(), world.a().program(), null, Evidence.RESEARCH, bytes(GOOD)))
                .isEqualTo(2);

        List<ReadingSummary> library = readings.library(world.a().reader(), world.a().program(), ReadingFilter.none(), 0, 10);
        assertThat(library).extracting(ReadingSummary::title).containsExactly("Forskning för klassrummet",
                "The impact of leadership on student outcomes");
        assertThat(library).extracting(ReadingSummary::kind).containsExactly(ReadingKind.REPORT, ReadingKind.ARTICLE);
        ReadingDraft article = readings.get(world.a().reader(), library.get(1).id()).content();
        assertThat(article.doi()).isEqualTo("10.1177/0013161x08321509");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.year()).isEqualTo(2008);
        assertThat(article.authors()).containsExactly("Robinson, Viviane M. J.", "Lloyd, Claire A.");
        assertThat(article.themes()).containsExactly("ledarskap");
    }

    @Test
    void duplicatesByDoiOrTitleAndYearAreSkipped() {
        readings.importReferences(world.a().member(), world.a().program(), world.a().team(), Evidence.RESEARCH, bytes(GOOD));
        String again = GOOD.replace("https://doi.org/10.1177/0013161X08321509", "10.1177/0013161x08321509")
                .replace("Forskning för klassrummet", "FORSKNING FÖR  KLASSRUMMET")
                + "TY  - BOOK\nTI  - Ny bok\nPY  - 2020\nER  -\nTY  - BOOK\nTI  - Ny bok\nPY  - 2020\nER  -\n";

        ImportPreview preview = readings.previewImport(world.a().member(), world.a().program(), world.a().team(),
                Evidence.RESEARCH, bytes(again));

        assertThat(preview.entries()).extracting(ImportEntry::duplicate).containsExactly(true, true, false, true);
        assertThat(preview.toImport()).isEqualTo(1);
        assertThat(readings.importReferences(world.a().member(), world.a().program(), world.a().team(), Evidence.RESEARCH,
                bytes(again))).isEqualTo(1);
        assertThat(readings.teamReadings(world.a().member(), world.a().team())).hasSize(3);
    }

    @Test
    void aBrokenFileShowsEachEntrysProblemAndImportsNothing() {
        String broken = GOOD + """
                TY  - JOUR
                TI  - Fel DOI
                DO  - 11.1/abc
                ER  -
                TY  - JOUR
                AU  - Ingen Titel
                ER  -
                TY  - JOUR
                TI  - Aldrig avslutad
                """;
        ImportPreview preview = readings.previewImport(world.a().organiser(), world.a().program(), null,
                Evidence.PROVEN_EXPERIENCE, bytes(broken));

        assertThat(preview.entries()).hasSize(5);
        assertThat(preview.entries().get(2).problemKey()).isEqualTo("reading.doi.invalid");
        assertThat(preview.entries().get(2).field()).isEqualTo("doi");
        assertThat(preview.entries().get(3).problemKey()).isEqualTo("reading.title.required");
        assertThat(preview.entries().get(4).problemKey()).isEqualTo("reading.import.unterminated");
        assertThat(preview.importable()).isFalse();
        assertThatThrownBy(() -> readings.importReferences(world.a().organiser(), world.a().program(), null,
                Evidence.PROVEN_EXPERIENCE, bytes(broken))).isInstanceOf(InvalidInputException.class);
        assertThat(readings.count(world.a().organiser(), world.a().program(), ReadingFilter.none())).isZero();
        assertThatThrownBy(() -> readings.previewImport(world.a().organiser(), world.a().program(), null,
                Evidence.RESEARCH, bytes("Namn;E-post\nAnna;anna@x.se\n")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reading.import.not-ris"));
    }

    @Test
    void aBibTeXFileIsReadWithItsAccentsAndADuplicateOfTheRisEntryIsSkipped() {
        readings.importReferences(world.a().organiser(), world.a().program(), null, Evidence.RESEARCH, bytes(GOOD));
        String bibtex = """
                % exported from Zotero
                @article{robinson2008,
                  author = {Robinson, Viviane M. J. and Lloyd, Claire A.},
                  title = {{The impact of leadership on student outcomes}},
                  journal = {Educational Administration Quarterly},
                  year = {2008}, month = dec,
                  doi = {10.1177/0013161X08321509}
                }

                @phdthesis{oberg2020,
                  author = {{\\"O}berg, {\\AA}sa},
                  title = {Skolutveckling p{\\aa} vetenskaplig grund},
                  school = {G{\\"o}teborgs universitet},
                  year = 2020,
                  keywords = {skolutveckling; kollegialt l{\\"a}rande},
                  url = {https://gupea.ub.gu.se/}
                }
                """;

        ImportPreview preview = readings.previewImport(world.a().organiser(), world.a().program(), null,
                Evidence.RESEARCH, bytes(bibtex));

        assertThat(preview.entries()).extracting(ImportEntry::line).containsExactly(2, 10);
        assertThat(preview.entries()).extracting(ImportEntry::duplicate).containsExactly(true, false);
        assertThat(preview.entries().get(1).title()).isEqualTo("Skolutveckling på vetenskaplig grund");
        assertThat(preview.entries().get(1).authors()).isEqualTo("Öberg, Åsa");
        assertThat(readings.importReferences(world.a().organiser(), world.a().program(), null, Evidence.RESEARCH,
                bytes(bibtex))).isEqualTo(1);
        ReadingSummary thesis = readings.library(world.a().reader(), world.a().program(),
                new ReadingFilter("Öberg", null, null, null, null, null, null), 0, 5).get(0);
        assertThat(thesis.kind()).isEqualTo(ReadingKind.THESIS);
        assertThat(thesis.themes()).containsExactly("skolutveckling", "kollegialt lärande");
        assertThat(readings.get(world.a().reader(), thesis.id()).content().source()).isEqualTo("Göteborgs universitet");
        assertThatThrownBy(() -> readings.previewImport(world.a().organiser(), world.a().program(), null,
                Evidence.RESEARCH, bytes("@article{trasig, title = {Ingen slutklammer\n")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reading.import.broken-bibtex"));
    }

    @Test
    void onlyThoseWhoMayAddThereImport() {
        assertThatThrownBy(() -> readings.importReferences(world.a().reader(), world.a().program(), null, Evidence.RESEARCH,
                bytes(GOOD))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.importReferences(world.a().member(), world.a().program(), null, Evidence.RESEARCH,
                bytes(GOOD))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.importReferences(world.b().member(), world.a().program(), world.b().team(),
                Evidence.RESEARCH, bytes(GOOD))).as("a team of another program").isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> readings.previewImport(world.a().organiser(), world.a().program(), world.a().team(),
                Evidence.RESEARCH, bytes(GOOD))).as("the safe room").isInstanceOf(NotPermittedException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
