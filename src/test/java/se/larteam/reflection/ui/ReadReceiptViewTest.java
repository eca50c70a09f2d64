package se.larteam.reflection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionLinks;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;

/**
 * The author sees who of the process leaders has read her reflection and when: the first time, and the latest when
 * it was read again later; the process leader does not see the receipts, and a colleague's reading leaves none.
 */
class ReadReceiptViewTest extends KaribuTest {

    @Autowired
    ReflectionService reflections;
    @Autowired
    MongoTemplate mongo;

    private World.Side a;

    @BeforeEach
    void buildWorld() {
        a = World.create(users, programs, teams).a();
    }

    @Test
    void theAuthorSeesWhenTheProcessLeaderReadItFirstAndLast() {
        ReflectionId id = World.reflection(reflections, a, Visibility.PROCESS_LEADERS);
        login(a.member());
        UI.getCurrent().navigate(ReflectionLinks.reflection(id));
        assertThat(texts()).noneMatch(t -> t.startsWith("Läst av"));

        login(a.processLeader());
        UI.getCurrent().navigate(ReflectionLinks.reflection(id));
        assertThat(texts()).as("receipts are the author's").noneMatch(t -> t.startsWith("Läst av"));

        login(a.member());
        UI.getCurrent().navigate(ReflectionLinks.reflection(id));
        assertThat(texts()).anyMatch(t -> t.startsWith("Läst av Processledare A ") && !t.contains("senast"));

        // She read it again the next morning (the times as stored; the clock is not the test's to move).
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value())), new Update()
                .set("reads.0.firstAt", Date.from(Instant.parse("2026-03-12T13:05:00Z")))
                .set("reads.0.lastAt", Date.from(Instant.parse("2026-03-13T07:30:00Z"))), "reflections");
        UI.getCurrent().navigate("reflektioner");
        UI.getCurrent().navigate(ReflectionLinks.reflection(id));
        assertThat(texts()).contains("Läst av Processledare A 12 mars 14:05, senast 13 mars 08:30");
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
