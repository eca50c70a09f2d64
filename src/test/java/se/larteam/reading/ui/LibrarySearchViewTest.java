package se.larteam.reading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

import se.larteam.program.ProgramLinks;
import se.larteam.reading.Evidence;
import se.larteam.reading.LibrarySort;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** Searching the library as a reader and a team member would: words, facets with counts, order, passages. */
class LibrarySearchViewTest extends KaribuTest {

    @Autowired
    ReadingService readings;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        add("Rektorn och skolutvecklingen", 2019, ReadingKind.REPORT, "Skolutvecklingen leds av rektorn tillsammans "
                + "med lärarna.", List.of("ledarskap", "kollegialt lärande"), Evidence.RESEARCH);
        add("Kollegialt lärande i praktiken", 2008, ReadingKind.REPORT, "Erfarenheter från tre kommuner.",
                List.of("kollegialt lärande"), Evidence.PROVEN_EXPERIENCE);
        add("Bedömning för lärande", 2014, ReadingKind.ARTICLE, "Formativ bedömning och utveckling av undervisningen.",
                List.of("bedömning"), Evidence.RESEARCH);
        readings.addToTeam(world.a().member(), world.a().team(), new ReadingDraft("Teamets egen text om utveckling",
                List.of(), 2022, ReadingKind.ARTICLE, "", "", "", "sv", "Vår utveckling.", List.of("vårt eget tema"),
                Evidence.PROVEN_EXPERIENCE, List.of()));
    }

    private void add(String title, int year, ReadingKind kind, String summary, List<String> themes, Evidence evidence) {
        readings.addToLibrary(world.a().organiser(), world.a().program(), new ReadingDraft(title, List.of("Forskare"),
                year, kind, "", "", "", "sv", summary, themes, evidence, List.of()));
    }

    @Test
    void aReaderSearchesForAWordAndSeesWhereItWasFoundInsideACompound() {
        login(world.a().reader());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        assertThat(GridKt._size(grid())).isEqualTo(3);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök i biblioteket")), "utveckling");

        assertThat(titles()).containsExactlyInAnyOrder("Rektorn och skolutvecklingen", "Bedömning för lärande");
        assertThat(_get(Paragraph.class, spec -> spec.withText("2 läsningar"))).isNotNull();
        int row = titles().indexOf("Rektorn och skolutvecklingen");
        Component passages = GridKt._getCellComponent(grid(), row, "snippets");
        assertThat(passages.getElement().getTextRecursively())
                .contains("Skolutvecklingen leds av rektorn tillsammans med lärarna.");
        assertThat(marks(passages.getElement())).containsExactly("Skolutvecklingen");
    }

    @Test
    void facetsShowCountsOfWhatTheViewerMaySeeAndNarrowTheList() {
        login(world.a().reader());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        CheckboxGroup<String> themes = checkboxes("Tema");
        assertThat(themes.getItemLabelGenerator().apply("kollegialt lärande")).isEqualTo("kollegialt lärande (2)");
        assertThat(themes.getItemLabelGenerator().apply("bedömning")).isEqualTo("bedömning (1)");
        assertThat(themes.getListDataView().getItems()).as("the team's own tag is not shown to a reader")
                .doesNotContain("vårt eget tema");

        _setValue(themes, Set.of("kollegialt lärande"));
        CheckboxGroup<ReadingKind> kinds = checkboxes("Typ");
        assertThat(kinds.getItemLabelGenerator().apply(ReadingKind.REPORT)).endsWith("(2)");
        assertThat(kinds.getItemLabelGenerator().apply(ReadingKind.ARTICLE)).endsWith("(0)");
        CheckboxGroup<Evidence> grounds = checkboxes("Grund");
        _setValue(grounds, Set.of(Evidence.PROVEN_EXPERIENCE));

        assertThat(titles()).containsExactly("Kollegialt lärande i praktiken");
        // Within its own facet a choice still shows what the others would add.
        assertThat(themes.getValue()).containsExactly("kollegialt lärande");
        assertThat(grounds.getItemLabelGenerator().apply(Evidence.RESEARCH)).endsWith("(1)");
    }

    @Test
    void aTeamMemberFindsTheTeamsOwnReadingAndSortsByYear() {
        login(world.a().member());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök i biblioteket")), "utveckling");
        assertThat(titles()).hasSize(3).contains("Teamets egen text om utveckling");

        @SuppressWarnings("unchecked")
        Select<LibrarySort> sort = _get(Select.class, spec -> spec.withLabel("Sortera"));
        _setValue(sort, LibrarySort.OLDEST);

        assertThat(titles()).containsExactly("Bedömning för lärande", "Rektorn och skolutvecklingen",
                "Teamets egen text om utveckling");
    }

    @Test
    void markupFoundByASearchIsShownAsTextAndNeverRuns() {
        add("Farlig text", 2020, ReadingKind.ARTICLE, "<img src=x onerror=alert(1)> ledarskap <script>alert(2)</script>",
                List.of(), Evidence.RESEARCH);
        login(world.a().reader());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök i biblioteket")), "ledarskap alert");

        assertThat(titles()).containsExactly("Farlig text");
        Component passages = GridKt._getCellComponent(grid(), 0, "snippets");
        assertThat(passages.getElement().getTextRecursively()).contains("<script>alert(2)</script>");
        assertThat(passages.getElement().getOuterHTML()).doesNotContain("<script>", "<img")
                .contains("<mark>ledarskap</mark>");
    }

    @Test
    void aReadingAddedByAnotherPersonAppearsInTheSearchWithoutReloading() throws InterruptedException {
        login(world.a().reader());
        UI.getCurrent().navigate(ProgramLinks.library(world.a().program()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Sök i biblioteket")), "vårdnadshavare");
        assertThat(titles()).isEmpty();

        add("Samverkan med vårdnadshavare", 2021, ReadingKind.REPORT, "", List.of("vårdnadshavare"),
                Evidence.PROVEN_EXPERIENCE);

        awaitUi(() -> assertThat(titles()).containsExactly("Samverkan med vårdnadshavare"));
    }

    private static List<String> marks(Element element) {
        if (element.isTextNode()) {
            return List.of();
        }
        if ("mark".equals(element.getTag())) {
            return List.of(element.getText());
        }
        return element.getChildren().flatMap(c -> marks(c).stream()).toList();
    }

    private static List<String> titles() {
        Grid<ReadingSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((Anchor) GridKt._getCellComponent(grid, i, "title")).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> CheckboxGroup<T> checkboxes(String label) {
        return _get(CheckboxGroup.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReadingSummary> grid() {
        return _get(Grid.class, spec -> spec.withPredicate(g -> "Läsningar".equals(g.getAriaLabel().orElse(null))));
    }
}
