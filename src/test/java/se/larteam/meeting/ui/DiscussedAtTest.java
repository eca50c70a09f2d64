package se.larteam.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import se.larteam.meeting.AgendaItem;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.reading.Evidence;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingLinks;
import se.larteam.reading.ReadingService;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/** Scenario 2's linked reading and scenario 4's "which meetings discussed it", through the pages. */
class DiscussedAtTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ReadingService readings;

    private World world;
    private ReadingId library;
    private ReadingId teamOwn;
    private MeetingId meeting;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        library = readings.addToLibrary(world.a().organiser(), world.a().program(), draft("Leda för skolutveckling"));
        teamOwn = readings.addToTeam(world.a().member(), world.a().team(), draft("Teamets egen text"));
        readings.addToTeam(world.b().member(), world.b().team(), draft("Främmande teams text"));
        meeting = World.meeting(meetings, world.a());
    }

    private static ReadingDraft draft(String title) {
        return new ReadingDraft(title, List.of("Åsa Öberg"), 2021, ReadingKind.ARTICLE, "", "", "", "sv", "",
                List.of(), Evidence.RESEARCH, List.of());
    }

    @Test
    void aMemberLinksAReadingToAnAgendaPointAndItsPageShowsTheMeeting() {
        login(world.a().member());
        UI.getCurrent().navigate("mote/" + meeting.value());
        @SuppressWarnings("unchecked")
        ComboBox<AgendaReadings.Choice> picker = _get(ComboBox.class, spec -> spec.withLabel("Läsning till punkt 2"));
        assertThat(ComboBoxKt.getSuggestions(picker)).as("the team's own and the library; never another team's")
                .containsExactlyInAnyOrder("Teamets egen text (2021)", "Leda för skolutveckling (2021)");

        ComboBoxKt.selectByLabel(picker, "Leda för skolutveckling (2021)", false);
        _click(_get(Button.class, spec -> spec.withText("Spara dagordningen")));

        assertThat(_get(Anchor.class, spec -> spec.withText("Öppna läsningen")).getHref())
                .isEqualTo(ReadingLinks.reading(library));
        UI.getCurrent().navigate(ReadingLinks.reading(library));
        Section discussed = _get(Section.class, spec -> spec.withAttribute("aria-label", "Diskuterad vid"));
        assertThat(discussed.getElement().getTextRecursively()).contains("Lärteam A", "Dagens tema");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Möte " + Formats.date(
                meetings.details(world.a().member(), meeting).summary().date(), UI.getCurrent().getLocale())
                + ", Lärteam A")).getHref()).isEqualTo("mote/" + meeting.value());
    }

    @Test
    void anOpenReadingPageShowsALinkMadeByTheProcessLeaderWithoutReloading() throws InterruptedException {
        login(world.a().member());
        UI.getCurrent().navigate(ReadingLinks.reading(teamOwn));
        assertThat(discussedAt()).contains("Inte diskuterad vid något möte som du kan se.");

        meetings.setAgenda(world.a().processLeader(), meeting,
                List.of(AgendaItem.of("Uppföljning"), new AgendaItem("Vår egen text", teamOwn.value())));

        awaitUi(() -> assertThat(discussedAt()).contains("Lärteam A", "Vår egen text"));

        meetings.setAgenda(world.a().processLeader(), meeting, List.of(AgendaItem.of("Uppföljning")));

        awaitUi(() -> assertThat(discussedAt()).contains("Inte diskuterad vid något möte som du kan se."));
    }

    @Test
    void theOrganiserSeesTheMeetingOnlyOnceItsMinutesAreApprovedAndNeverTheTeamsOwnReading()
            throws InterruptedException {
        meetings.setAgenda(world.a().member(), meeting, List.of(new AgendaItem("Biblioteket", library.value()),
                new AgendaItem("Vår egen text", teamOwn.value())));
        login(world.a().organiser());
        UI.getCurrent().navigate(ReadingLinks.reading(library));
        assertThat(discussedAt()).contains("Inte diskuterad vid något möte som du kan se.")
                .doesNotContain("Lärteam A");

        meetings.markHeld(world.a().processLeader(), meeting);
        meetings.approve(world.a().processLeader(), meeting);
        // The open page learns of the approval without reloading.
        awaitUi(() -> assertThat(discussedAt()).contains("Lärteam A", "Biblioteket"));

        // The approved minutes show the library reading as a link and the team's own one unnamed.
        UI.getCurrent().navigate("mote/" + meeting.value());
        assertThat(_get(Anchor.class, spec -> spec.withText("Leda för skolutveckling (2021)")).getHref())
                .isEqualTo(ReadingLinks.reading(library));
        assertThat(_find(Anchor.class, spec -> spec.withText("Teamets egen text (2021)"))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withText("En läsning som du inte har tillgång till"))).isNotNull();
        assertThat(_find(Span.class, spec -> spec.withText("Teamets egen text (2021)"))).isEmpty();
    }

    @Test
    void aReaderSeesNoTeamsMeetings() {
        meetings.setAgenda(world.a().member(), meeting, List.of(new AgendaItem("Biblioteket", library.value())));
        login(world.a().reader());
        UI.getCurrent().navigate(ReadingLinks.reading(library));

        assertThat(discussedAt()).contains("Inte diskuterad vid något möte som du kan se.");
        assertThat(_find(RouterLink.class, spec -> spec.withText("Lärteam A"))).isEmpty();
    }

    private static String discussedAt() {
        return _get(Section.class, spec -> spec.withAttribute("aria-label", "Diskuterad vid")).getElement()
                .getTextRecursively();
    }
}
