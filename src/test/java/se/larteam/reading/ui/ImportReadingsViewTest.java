package se.larteam.reading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;

import se.larteam.program.ProgramLinks;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingFilter;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** An organiser brings references in from a reference manager's RIS export. */
class ImportReadingsViewTest extends KaribuTest {

    @Autowired
    ReadingService readings;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        readings.addToLibrary(world.a().organiser(), world.a().program(), new ReadingDraft("Synligt lärande för lärare",
                List.of("Hattie, John"), 2012, ReadingKind.BOOK_CHAPTER, "", "", "", "sv", "", List.of(),
                Evidence.RESEARCH, List.of()));
    }

    @Test
    void anOrganiserImportsARisFileAndTheDuplicateIsSkipped() throws InterruptedException {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        UI.getCurrent().navigate(_get(Anchor.class, spec -> spec.withText("Importera från RIS- eller BibTeX-fil")).getHref());

        String ris = "TY  - BOOK\r\nAU  - Hattie, John\r\nTI  - Synligt lärande för lärare\r\nPY  - 2012\r\nER  - \r\n"
                + "TY  - CHAP\r\nAU  - Timperley, Helen\r\nTI  - Det professionella lärandets inneboende kraft\r\n"
                + "PY  - 2013\r\nKW  - kollegialt lärande\r\nER  - \r\n";
        UploadKt._upload(_get(Upload.class), "referenser.ris", ris.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withText("1 att importera · 1 dubbletter · 0 med fel"))).isNotNull();
        Grid<?> grid = _get(Grid.class, spec -> spec.withPredicate(g -> "Poster i filen".equals(g.getAriaLabel().orElse(null))));
        assertThat(row(grid, 0).get(4)).isEqualTo("Dubblett, hoppas över");
        assertThat(row(grid, 1).get(4)).isEqualTo("Importeras");

        _click(_get(Button.class, spec -> spec.withText("Importera 1 läsningar")));

        // Stored in the background: the page follows with a progress bar, then tells the result.
        awaitUi(() -> NotificationsKt.expectNotifications("En läsning importerades."));
        assertThat(readings.library(world.a().reader(), world.a().program(), ReadingFilter.none(), 0, 10))
                .extracting(ReadingSummary::title)
                .containsExactly("Det professionella lärandets inneboende kraft", "Synligt lärande för lärare");
    }

    @Test
    void aBrokenFileExplainsEachEntryAndCannotBeImported() {
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()) + "/import");

        String ris = "TY  - JOUR\nTI  - Med fel år\nPY  - 1066\nER  -\nTY  - JOUR\nTI  - Aldrig slut\n";
        UploadKt._upload(_get(Upload.class), "trasig.ris", ris.getBytes(StandardCharsets.UTF_8));

        Grid<?> grid = _get(Grid.class, spec -> spec.withPredicate(g -> "Poster i filen".equals(g.getAriaLabel().orElse(null))));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(row(grid, 0).get(4)).startsWith("År: Året måste vara mellan 1800 och");
        assertThat(row(grid, 1).get(4)).isEqualTo("Posten avslutas aldrig med ER  -.");
        assertThat(_get(Button.class, spec -> spec.withText("Importera 0 läsningar")).isEnabled()).isFalse();
    }

    @Test
    void aLargeImportShowsItsProgressAndEndsWithAFullBar() throws InterruptedException {
        StringBuilder ris = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            ris.append("TY  - JOUR\r\nAU  - Öberg, Åsa\r\nTI  - Rapport nummer ").append(i)
                    .append("\r\nPY  - 2020\r\nER  - \r\n");
        }
        login(world.a().organiser());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()) + "/import");
        UploadKt._upload(_get(Upload.class), "stor.ris", ris.toString().getBytes(StandardCharsets.UTF_8));

        Button importButton = _get(Button.class, spec -> spec.withText("Importera 120 läsningar"));
        _click(importButton);

        // The click returns at once: the bar is there and the button cannot start a second import.
        ImportProgress progress = _get(ImportProgress.class);
        assertThat(_get(ProgressBar.class).getElement().getAttribute("aria-labelledby"))
                .isEqualTo("reading-import-progress-label");
        assertThat(importButton.isEnabled()).isFalse();
        awaitUi(() -> NotificationsKt.expectNotifications("120 läsningar importerades."));
        assertThat(progress.value()).isEqualTo(1.0);
        assertThat(progress.text()).isEqualTo("120 av 120 sparade");
        assertThat(readings.count(world.a().reader(), world.a().program(), ReadingFilter.none())).isEqualTo(121);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> row(Grid<?> grid, int index) {
        return GridKt._getFormattedRow((Grid) grid, index);
    }
}
