package se.larteam.reading.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.larteam.base.InAppLink;
import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveRefresh;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Topic;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLinks;
import se.larteam.program.ProgramLive;
import se.larteam.reading.Evidence;
import se.larteam.reading.LibraryCursor;
import se.larteam.reading.LibraryFacets;
import se.larteam.reading.LibraryHit;
import se.larteam.reading.LibraryOverview;
import se.larteam.reading.LibraryPage;
import se.larteam.reading.LibraryResult;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingScope;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.reading.Snippet;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamLive;
import se.larteam.user.UserId;

/**
 * A program's research library: what its people share, and for those inside a team, the team's own readings too.
 * The list is paged from the server as it scrolls: a full-text search (words found by each reading's language,
 * with passages shown), narrowed by facets with counts (theme, kind, ground, team) and years, ordered by relevance or
 * year. The
 * address {@code program/<id>/bibliotek?lag=<team>} opens it on one team.
 */
@Route("program/:programId/bibliotek")
@PermitAll
public class LibraryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Rows fetched at a time. */
    private static final int PAGE = 50;

    private final CurrentUser currentUser;
    private final ReadingService readings;
    private final LiveRefresh live;
    // Made afresh for each program shown: the router reuses this view for another program's library.
    private LibrarySearchPanel search;
    /** The passages found in the page of readings last fetched, shown beside each. */
    private final Map<ReadingId, List<Snippet>> snippets = new HashMap<>();
    private Grid<ReadingSummary> grid;
    private Paragraph count;
    /** How many readings the current search finds, from its facet counts. */
    private int total;
    /** The first page, found in the same pass as the facet counts; the grid's first fetch takes it from here. */
    private List<LibraryHit> firstPage = List.of();
    /** Where each page fetched so far ended, by position: the next page is searched for after it, not by offset. */
    private final TreeMap<Integer, LibraryCursor> cursors = new TreeMap<>();
    private ExportLinks exportLinks;
    private UserId me;
    private ProgramId program;
    private LibraryOverview overview;
    private String title = "";

    LibraryView(CurrentUser currentUser, ReadingService readings, LiveUpdates liveUpdates) {
        this.currentUser = currentUser;
        this.readings = readings;
        this.live = new LiveRefresh(liveUpdates, event -> event.kind().startsWith("reading."));
        live.bind(this, () -> me, this::topics, this::refresh, this::refresh);
        addClassName("larteam-page");
        getStyle().set("--larteam-max-width", "80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        me = currentUser.require();
        title = getTranslation("library.title");
        try {
            program = new ProgramId(event.getRouteParameters().get("programId").orElse(""));
            overview = readings.overview(me, program);
        } catch (NotPermittedException | IllegalArgumentException e) {
            overview = null;
            add(new H1(title), new Paragraph(getTranslation("library.not-available")));
            return;
        }
        Optional<String> teamParameter = event.getLocation().getQueryParameters().getSingleParameter("lag");
        show(teamParameter.orElse(null));
        live.refollow();
    }



    /** The program's topic brings library changes; each own team's topic brings that team's readings. */

    /** The program's news and that of the viewer's teams (their own readings). */
    private List<Topic> topics() {
        if (overview == null) {
            return List.of();
        }
        List<Topic> topics = new ArrayList<>(List.of(ProgramLive.topic(program)));
        overview.myTeams().forEach(t -> topics.add(TeamLive.topic(t.id())));
        return topics;
    }

    private void show(String teamId) {
        Paragraph programName = new Paragraph(overview.programName());
        programName.addClassName("larteam-muted");
        add(new H1(title), programName, new Paragraph(getTranslation("library.intro")));
        if (overview.mayAddToLibrary() || !overview.myTeams().isEmpty()) {
            String href = ReadingPages.newReading(program, teamId);
            Anchor add = InAppLink.to(href, getTranslation("library.add"));
            add.getElement().getThemeList().add("primary");
            Anchor importLink = InAppLink.to(ProgramLinks.library(program) + "/import"
                    + (teamId == null ? "" : "?lag=" + teamId), getTranslation("reading.import.link"));
            Div links = new Div(add, importLink);
            links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)");
            add(links);
        }
        search = new LibrarySearchPanel(overview, teamId);
        search.addSearchChangedListener(e -> refresh());
        count = new Paragraph();
        add(search, count, grid(), exportLinks());
        refresh();
    }

    private Grid<ReadingSummary> grid() {
        grid = new Grid<>();
        grid.addComponentColumn(r -> InAppLink.to(ReadingLinks.reading(r.id()), r.title())).setKey("title")
                .setHeader(getTranslation("reading.field.title")).setFlexGrow(3);
        grid.addColumn(r -> String.join("; ", r.authors())).setHeader(getTranslation("reading.field.authors"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.year() == null ? "" : String.valueOf(r.year())).setHeader(getTranslation("reading.field.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("reading.kind." + r.kind().name().toLowerCase()))
                .setHeader(getTranslation("reading.field.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> ReadingPages.badge(getTranslation("reading.evidence." + r.evidence().name().toLowerCase()),
                r.evidence() == Evidence.RESEARCH ? "success" : "contrast"))
                .setHeader(getTranslation("reading.field.evidence")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> String.join(", ", r.themes())).setHeader(getTranslation("reading.field.themes"))
                .setFlexGrow(2);
        grid.addColumn(this::where).setHeader(getTranslation("library.where")).setAutoWidth(true);
        grid.addComponentColumn(r -> snippets(snippets.getOrDefault(r.id(), List.of()))).setKey("snippets")
                .setHeader(getTranslation("library.snippets")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Choosing rows is for exporting them; the title stays the link that opens a reading.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAriaLabel(getTranslation("library.grid"));
        grid.setHeight("36rem");
        grid.setPageSize(PAGE);
        // The count and the first page come with the facets in refresh(): one pass per search.
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()).stream().map(LibraryHit::reading),
                query -> total);
        return grid;
    }

    /** Rows from the first page as found with the facets, then pages searched for after the nearest cursor. */
    private List<LibraryHit> fetch(int offset, int limit) {
        List<LibraryHit> hits = new ArrayList<>();
        int at = offset;
        if (at < firstPage.size()) {
            hits.addAll(firstPage.subList(at, Math.min(firstPage.size(), offset + limit)));
            at += hits.size();
        }
        if (at < offset + limit && at < total) {
            Map.Entry<Integer, LibraryCursor> from = cursors.floorEntry(at);
            LibraryPage page = readings.searchPage(me, program, search.search(), from == null ? null : from.getValue(),
                    at, offset + limit - at);
            if (page.next() != null) {
                cursors.put(page.next().position(), page.next());
            }
            hits.addAll(page.hits());
        }
        hits.forEach(h -> snippets.put(h.reading().id(), h.snippets()));
        return hits;
    }

    private ExportLinks exportLinks() {
        exportLinks = new ExportLinks(readings, me,
                () -> grid.getSelectedItems().stream().map(ReadingSummary::id).toList(), getLocale());
        exportLinks.selectionChanged(0, getTranslation("reading.export.selected", 0));
        grid.addSelectionListener(e -> exportLinks.selectionChanged(e.getAllSelectedItems().size(),
                getTranslation("reading.export.selected", e.getAllSelectedItems().size())));
        return exportLinks;
    }

    /** Passages as text, the matched words in {@code <mark>}: built from parts, never from markup. */
    private static Div snippets(List<Snippet> found) {
        Div all = new Div();
        all.addClassName("larteam-snippets");
        for (Snippet snippet : found) {
            Paragraph passage = new Paragraph();
            passage.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            for (Snippet.Part part : snippet.parts()) {
                if (part.match()) {
                    Element mark = new Element("mark");
                    mark.setText(part.text());
                    passage.getElement().appendChild(mark);
                } else {
                    passage.getElement().appendChild(Element.createText(part.text()));
                }
            }
            all.add(passage);
        }
        return all;
    }

    private String where(ReadingSummary r) {
        if (r.scope() == ReadingScope.TEAM) {
            return getTranslation("library.where.team", r.teamName());
        }
        return r.teamName() == null ? getTranslation("library.where.library")
                : getTranslation("library.where.shared", r.teamName());
    }

    private void refresh() {
        if (overview == null) {
            return;
        }
        try {
            LibraryResult result = readings.searchWithFacets(me, program, search.search(), PAGE);
            LibraryFacets facets = result.facets();
            total = facets.total();
            firstPage = result.firstPage().hits();
            cursors.clear();
            if (result.firstPage().next() != null) {
                cursors.put(result.firstPage().next().position(), result.firstPage().next());
            }
            search.showCounts(facets);
            count.setText(getTranslation("library.count", facets.total()));
            snippets.clear();
            grid.getDataProvider().refreshAll();
        } catch (NotPermittedException gone) {
            removeAll();
            overview = null;
            live.stop();
            add(new H1(title), new Paragraph(getTranslation("library.not-available")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
