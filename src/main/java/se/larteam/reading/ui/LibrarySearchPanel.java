package se.larteam.reading.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import se.larteam.reading.Evidence;
import se.larteam.reading.LibraryFacets;
import se.larteam.reading.LibraryOverview;
import se.larteam.reading.LibrarySearch;
import se.larteam.reading.LibrarySort;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.TeamChoice;

/**
 * The library's search: words, years, order, and facet checkboxes whose labels carry how many readings each choice
 * finds (counted by the service over what the viewer may see). Fires a {@link SearchChanged} whenever any part
 * changes; {@link #search()} is what to ask the service for.
 */
class LibrarySearchPanel extends Div {

    private final TextField text = new TextField();
    private final IntegerField yearFrom = new IntegerField();
    private final IntegerField yearTo = new IntegerField();
    private final Select<LibrarySort> sort = new Select<>();
    private final CheckboxGroup<String> themes = new CheckboxGroup<>();
    private final CheckboxGroup<ReadingKind> kinds = new CheckboxGroup<>();
    private final CheckboxGroup<Evidence> evidence = new CheckboxGroup<>();
    private final CheckboxGroup<TeamChoice> teams = new CheckboxGroup<>();
    private LibraryFacets facets;

    LibrarySearchPanel(LibraryOverview overview, String teamId) {
        text.setLabel(getTranslation("library.search"));
        text.setHelperText(getTranslation("library.search.help"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22rem");
        yearFrom.setLabel(getTranslation("library.filter.year-from"));
        yearTo.setLabel(getTranslation("library.filter.year-to"));
        yearFrom.setWidth("8em");
        yearTo.setWidth("8em");
        sort.setLabel(getTranslation("library.sort"));
        sort.setItems(LibrarySort.values());
        sort.setItemLabelGenerator(s -> getTranslation("library.sort." + s.name().toLowerCase()));
        sort.setValue(LibrarySort.RELEVANCE);

        themes.setLabel(getTranslation("library.filter.theme"));
        themes.setItems(overview.themes());
        kinds.setLabel(getTranslation("library.filter.kind"));
        kinds.setItems(ReadingKind.values());
        evidence.setLabel(getTranslation("library.filter.evidence"));
        evidence.setItems(Evidence.values());
        teams.setLabel(getTranslation("library.filter.team"));
        teams.setItems(overview.teams());
        teams.setVisible(!overview.teams().isEmpty());
        if (teamId != null) {
            overview.teams().stream().filter(t -> t.id().value().equals(teamId)).findFirst().ifPresent(teams::select);
        }
        labelWithCounts();

        FlexLayout words = row(text, yearFrom, yearTo, sort);
        words.getElement().setAttribute("role", "search");
        words.getElement().setAttribute("aria-label", getTranslation("library.filters"));
        FlexLayout facetRow = row(themes, kinds, evidence, teams);
        facetRow.getChildren().forEach(c -> ((CheckboxGroup<?>) c).addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL));
        Details refine = new Details(getTranslation("library.refine"), facetRow);
        refine.setOpened(true);
        add(words, refine);

        List<HasValue<?, ?>> parts = List.of(text, yearFrom, yearTo, sort, themes, kinds, evidence, teams);
        parts.forEach(p -> p.addValueChangeListener(e -> fireEvent(new SearchChanged(this))));
    }

    LibrarySearch search() {
        return new LibrarySearch(text.getValue(), themes.getValue(), yearFrom.getValue(), yearTo.getValue(),
                kinds.getValue(), evidence.getValue(),
                teams.getValue().stream().map(t -> t.id().value()).collect(Collectors.toSet()), sort.getValue());
    }

    /** Shows the counts of the latest search beside each choice. */
    void showCounts(LibraryFacets counts) {
        this.facets = counts;
        labelWithCounts();
    }

    Registration addSearchChangedListener(ComponentEventListener<SearchChanged> listener) {
        return addListener(SearchChanged.class, listener);
    }

    /** Setting the label generator again relabels the checkboxes and keeps what is ticked. */
    private void labelWithCounts() {
        themes.setItemLabelGenerator(t -> counted(t, facets == null ? null : facets.themes().get(t)));
        kinds.setItemLabelGenerator(k -> counted(getTranslation("reading.kind." + k.name().toLowerCase()),
                facets == null ? null : facets.kinds().get(k)));
        evidence.setItemLabelGenerator(e -> counted(getTranslation("reading.evidence." + e.name().toLowerCase()),
                facets == null ? null : facets.evidence().get(e)));
        teams.setItemLabelGenerator(t -> counted(t.name(), facets == null ? null : facets.teams().get(t.id().value())));
    }

    private String counted(String label, Integer count) {
        return facets == null ? label : getTranslation("library.facet", label, count == null ? 0 : count);
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... children) {
        FlexLayout row = new FlexLayout(children);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    static final class SearchChanged extends ComponentEvent<LibrarySearchPanel> {
        SearchChanged(LibrarySearchPanel source) {
            super(source, false);
        }
    }
}
