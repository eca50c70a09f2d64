package se.larteam.reading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import se.larteam.program.ProgramLinks;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** Choosing readings in the library and downloading them as BibTeX, RIS or an APA list; one from its own page. */
class ExportLinksTest extends KaribuTest {

    @Autowired
    ReadingService readings;

    private World world;
    private ReadingId timperley;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        timperley = readings.addToLibrary(world.a().organiser(), world.a().program(), new ReadingDraft(
                "Det professionella lärandets inneboende kraft", List.of("Timperley, Helen"), 2013,
                ReadingKind.BOOK_CHAPTER, "Natur & Kultur", "", "", "sv", "", List.of("kollegialt lärande"),
                Evidence.RESEARCH, List.of()));
        readings.addToLibrary(world.a().organiser(), world.a().program(), new ReadingDraft("Synligt lärande för lärare",
                List.of("Hattie, John"), 2012, ReadingKind.BOOK_CHAPTER, "Natur & Kultur", "", "", "sv", "",
                List.of("undervisning"), Evidence.RESEARCH, List.of()));
        readings.addToLibrary(world.a().organiser(), world.a().program(), new ReadingDraft("Öppna skolor",
                List.of("Åberg, Märta"), 2020, ReadingKind.REPORT, "Skolverket", "", "", "sv", "", List.of(),
                Evidence.PROVEN_EXPERIENCE, List.of()));
    }

    @Test
    void aReaderChoosesTwoReadingsAndDownloadsThemInEachFormat() {
        login(world.a().reader());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        Anchor bibtex = _get(Anchor.class, spec -> spec.withText("BibTeX"));
        assertThat(bibtex.isEnabled()).as("nothing chosen yet").isFalse();
        assertThat(_get(Span.class, spec -> spec.withText("Exportera markerade (0):"))).isNotNull();

        Grid<ReadingSummary> grid = grid();
        // Newest first: Åberg 2020, Timperley 2013, Hattie 2012.
        tick(grid, 0);
        tick(grid, 2);

        assertThat(_get(Span.class, spec -> spec.withText("Exportera markerade (2):"))).isNotNull();
        assertThat(bibtex.isEnabled()).isTrue();
        String bib = new String(DownloadKt._download(bibtex), StandardCharsets.UTF_8);
        assertThat(bib).contains("@techreport{aberg2020,", "title = {{Öppna skolor}}", "@incollection{hattie2012,")
                .doesNotContain("Timperley");
        String ris = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withText("RIS"))),
                StandardCharsets.UTF_8);
        assertThat(ris).contains("TI  - Öppna skolor", "AU  - Åberg, Märta", "TI  - Synligt lärande för lärare");
        String apa = new String(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withText("Referenslista (APA 7)"))), StandardCharsets.UTF_8);
        assertThat(apa.lines().toList()).hasSize(2).satisfiesExactly(
                first -> assertThat(first).startsWith("Hattie, J. (2012). Synligt lärande för lärare."),
                second -> assertThat(second).startsWith("Åberg, M. (2020). Öppna skolor. Skolverket."));
    }

    @Test
    void aReadingsOwnPageExportsThatReading() {
        login(world.a().member());
        UI.getCurrent().navigate(ReadingLinks.reading(timperley));

        String ris = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withText("RIS"))),
                StandardCharsets.UTF_8);

        assertThat(ris).startsWith("TY  - CHAP").contains("TI  - Det professionella lärandets inneboende kraft")
                .doesNotContain("Synligt lärande");
    }

    /** What ticking a row's checkbox sends (Karibu's _selectRow chooses one row only). */
    private static void tick(Grid<ReadingSummary> grid, int row) {
        grid.getSelectionModel().selectFromClient(GridKt._get(grid, row));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReadingSummary> grid() {
        return _get(Grid.class, spec -> spec.withPredicate(g -> "Läsningar".equals(g.getAriaLabel().orElse(null))));
    }
}
