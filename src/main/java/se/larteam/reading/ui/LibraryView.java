package se.larteam.reading.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import se.larteam.reading.LibraryOverview;
import se.larteam.reading.ReadingFilter;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingScope;
import se.larteam.reading.ReadingService;
import se.larteam.reading.ReadingSummary;
import se.larteam.reading.TeamChoice;
import se.larteam.security.CurrentUser;
import se.larteam.team.TeamLive;
import se.larteam.user.UserId;

/**
 * A program's research library: what its people share, and for those inside a team, the team's own readings too.
 * The list is paged from the server as it scrolls, narrowed by theme, years, kind, ground, team and a text. The
 * address {@code program/<id>/bibliotek?lag=<team>} opens it on one team.
 */
@Route("program/:programId/bibliotek")
@PermitAll
public class LibraryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final ReadingService readings;
    private final LiveRefresh live;
    // Made afresh for each program shown: the router reuses this view for another program's library.
    private TextField text;
    private ComboBox<String> theme;
    private IntegerField yearFrom;
    private IntegerField yearTo;
    private Select<ReadingKind> kind;
    private Select<Evidence> evidence;
    private ComboBox<TeamChoice> team;
    private Grid<ReadingSummary> grid;
    private Paragraph count;
    private ExportLinks exportLinks;
    private UserId me;
    private ProgramId program;
    private LibraryOverview overview;
    private String title = "";

    LibraryView(CurrentUser currentUser, ReadingService readings, LiveUpdates liveUpdates) {
        this.currentUser = currentUser;
        this.readings = readings;
        this.live = new LiveRefresh(liveUpdates, event -> event.kind().startsWith("reading."));
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
        if (isAttached()) {
            getUI().ifPresent(this::follow);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        follow(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.stop();
        super.onDetach(detachEvent);
    }

    /** The program's topic brings library changes; each own team's topic brings that team's readings. */
    private void follow(UI ui) {
        live.stop();
        if (overview == null) {
            return;
        }
        List<Topic> topics = new ArrayList<>(List.of(ProgramLive.topic(program)));
        overview.myTeams().forEach(t -> topics.add(TeamLive.topic(t.id())));
        try {
            live.start(ui, me, topics, this::refresh, this::refresh);
        } catch (NotPermittedException raced) {
            // Access changed between showing and following: the page shows what was allowed a moment ago.
        }
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
        FlexLayout filters = filters(teamId);
        count = new Paragraph();
        add(filters, count, grid(), exportLinks());
        refresh();
    }

    private FlexLayout filters(String teamId) {
        text = new TextField();
        theme = new ComboBox<>();
        yearFrom = new IntegerField();
        yearTo = new IntegerField();
        kind = new Select<>();
        evidence = new Select<>();
        team = new ComboBox<>();
        text.setLabel(getTranslation("library.filter.text"));
        text.setHelperText(getTranslation("library.filter.text.help"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        theme.setLabel(getTranslation("library.filter.theme"));
        theme.setItems(overview.themes());
        theme.setClearButtonVisible(true);
        yearFrom.setLabel(getTranslation("library.filter.year-from"));
        yearTo.setLabel(getTranslation("library.filter.year-to"));
        kind.setLabel(getTranslation("library.filter.kind"));
        kind.setItems(ReadingKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("library.filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("library.filter.all")
                : getTranslation("reading.kind." + k.name().toLowerCase()));
        evidence.setLabel(getTranslation("library.filter.evidence"));
        evidence.setItems(Evidence.values());
        evidence.setEmptySelectionAllowed(true);
        evidence.setEmptySelectionCaption(getTranslation("library.filter.all"));
        evidence.setItemLabelGenerator(e -> e == null ? getTranslation("library.filter.all")
                : getTranslation("reading.evidence." + e.name().toLowerCase()));
        team.setLabel(getTranslation("library.filter.team"));
        team.setItems(overview.teams());
        team.setItemLabelGenerator(TeamChoice::name);
        team.setClearButtonVisible(true);
        if (teamId != null) {
            overview.teams().stream().filter(t -> t.id().value().equals(teamId)).findFirst().ifPresent(team::setValue);
        }
        text.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        yearFrom.addValueChangeListener(e -> refresh());
        yearTo.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        evidence.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        yearFrom.setWidth("8em");
        yearTo.setWidth("8em");
        FlexLayout row = new FlexLayout(text, theme, yearFrom, yearTo, kind, evidence, team);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        row.getElement().setAttribute("role", "search");
        row.getElement().setAttribute("aria-label", getTranslation("library.filters"));
        return row;
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
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Choosing rows is for exporting them; the title stays the link that opens a reading.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAriaLabel(getTranslation("library.grid"));
        grid.setHeight("36rem");
        grid.setItems(query -> readings.library(me, program, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> readings.count(me, program, filter()));
        return grid;
    }

    private ExportLinks exportLinks() {
        exportLinks = new ExportLinks(readings, me,
                () -> grid.getSelectedItems().stream().map(ReadingSummary::id).toList(), getLocale());
        exportLinks.selectionChanged(0, getTranslation("reading.export.selected", 0));
        grid.addSelectionListener(e -> exportLinks.selectionChanged(e.getAllSelectedItems().size(),
                getTranslation("reading.export.selected", e.getAllSelectedItems().size())));
        return exportLinks;
    }

    private String where(ReadingSummary r) {
        if (r.scope() == ReadingScope.TEAM) {
            return getTranslation("library.where.team", r.teamName());
        }
        return r.teamName() == null ? getTranslation("library.where.library")
                : getTranslation("library.where.shared", r.teamName());
    }

    private ReadingFilter filter() {
        return new ReadingFilter(text.getValue(), theme.getValue(), yearFrom.getValue(), yearTo.getValue(),
                kind.getValue(), evidence.getValue(), team.getValue() == null ? null : team.getValue().id().value());
    }

    private void refresh() {
        if (overview == null) {
            return;
        }
        try {
            count.setText(getTranslation("library.count", readings.count(me, program, filter())));
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
