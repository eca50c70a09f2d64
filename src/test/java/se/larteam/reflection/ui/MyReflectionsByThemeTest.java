package se.larteam.reflection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.reading.ReadingService;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/**
 * A member's reflection log by theme: she switches "Visa" to "Efter tema", sees the program's themes she has written
 * on (in the organisers' order), then the meetings, then the rest, each newest first; she picks one theme and sees it
 * alone; back to the time order.
 */
class MyReflectionsByThemeTest extends KaribuTest {

    @Autowired
    ReflectionService reflections;
    @Autowired
    ReadingService readings;
    @Autowired
    MeetingService meetings;
    @Autowired
    MongoTemplate mongo;

    private World.Side a;
    private Instant at = Instant.parse("2026-01-10T09:00:00Z");

    @BeforeEach
    void buildWorld() {
        a = World.create(users, programs, teams).a();
        // The program keeps the default themes, among them "bedömning" and "kollegialt lärande", in this order.
        assertThat(readings.themeVocabulary(a.member(), a.program())).containsSubsequence("bedömning",
                "kollegialt lärande");
        MeetingId meeting = World.meeting(meetings, a);
        write("Första samtalet", "Kollegialt lärande", null);
        write("Efter träffen", "", meeting);
        write("Exit tickets", "bedömning", null);
        write("Egen fundering", "", null);
        write("Andra samtalet", "kollegialt lärande", meeting);
        write("Läxor", "Läxfritt", null);
    }

    /** Written an hour after the one before (the order the log must keep, without waiting for the clock). */
    private void write(String title, String theme, MeetingId meeting) {
        at = at.plus(Duration.ofHours(1));
        ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), meeting, theme, title, "Text",
                Visibility.PROCESS_LEADERS));
        reflections.share(a.member(), id);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())), Update.update("createdAt",
                java.util.Date.from(at)), "reflections");
    }

    @Test
    void theMemberReadsHerLogByThemeAndPicksOne() {
        login(a.member());
        UI.getCurrent().navigate("reflektioner");
        assertThat(links()).containsExactly("Läxor", "Andra samtalet", "Egen fundering", "Exit tickets",
                "Efter träffen", "Första samtalet");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> order = _get(RadioButtonGroup.class, spec -> spec.withLabel("Visa"));
        _setValue(order, "by-theme");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("bedömning",
                "kollegialt lärande", "Läxfritt", "Kopplade till träffar", "Utan tema eller träff");
        // Grouped, newest first within each group; a theme written in other letters joins the program's.
        assertThat(links()).containsExactly("Exit tickets", "Andra samtalet", "Första samtalet", "Läxor",
                "Efter träffen", "Egen fundering");

        @SuppressWarnings("unchecked")
        Select<String> theme = _get(Select.class, spec -> spec.withLabel("Tema"));
        _setValue(theme, "kollegialt lärande");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("kollegialt lärande");
        assertThat(links()).containsExactly("Andra samtalet", "Första samtalet");
        _setValue(theme, "Kopplade till träffar");
        assertThat(links()).containsExactly("Efter träffen");

        _setValue(order, "timeline");
        assertThat(_find(H2.class)).isEmpty();
        assertThat(links()).hasSize(6).first().isEqualTo("Läxor");
    }

    private static List<String> links() {
        return _find(RouterLink.class).stream().map(RouterLink::getText)
                .filter(t -> List.of("Första samtalet", "Efter träffen", "Exit tickets", "Egen fundering",
                        "Andra samtalet", "Läxor").contains(t)).toList();
    }
}
