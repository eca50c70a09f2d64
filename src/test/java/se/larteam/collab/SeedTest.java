package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.testing.HttpTest;
import se.larteam.testing.MutableClock;
import se.larteam.testing.World;

/**
 * Notes written before co-editing go into the co-edited document exactly once: editors racing to seed get one
 * time-limited lock from the server, and only its holder inserts the text.
 */
class SeedTest extends HttpTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    CollabService collab;
    @Autowired
    MongoTemplate mongo;

    private static final String OLD_NOTES = "Vi samtalade om återkoppling.\nÅsa delade ett misslyckande.";

    @Test
    void twoEditorsRacingToSeedInsertTheOldNotesOnce() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.meeting(meetings, world.a());
        meetings.saveNotes(world.a().member(), meeting, OLD_NOTES);

        Document race = NodeClient.runScript("seed-client.mjs", port, new Document("doc", meeting.notesDocument())
                .append("tokens", List.of(collab.issueToken(world.a().member()),
                        collab.issueToken(world.a().processLeader()))));

        assertThat(race.getList("texts", String.class)).containsExactly(OLD_NOTES, OLD_NOTES);
        List<String> answers = race.getList("answers", List.class).stream()
                .flatMap(list -> ((List<?>) list).stream()).map(String::valueOf).toList();
        assertThat(answers).as("one lock for two editors").containsOnlyOnce("seed-granted")
                .hasSize(2).allMatch(a -> a.equals("seed-granted") || a.equals("seed-wait") || a.equals("seed-done"));

        // Opened again later, by someone else: nothing is seeded twice.
        Document again = NodeClient.runScript("seed-client.mjs", port, new Document("doc", meeting.notesDocument())
                .append("tokens", List.of(collab.issueToken(world.a().processLeader()))));
        assertThat(again.getList("texts", String.class)).containsExactly(OLD_NOTES);
    }

    @Test
    void aReaderSeesThePreviewButCannotSeed() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.heldMeeting(meetings, world.a());
        meetings.saveNotes(world.a().member(), meeting, OLD_NOTES);
        meetings.approve(world.a().processLeader(), meeting);

        Document reader = NodeClient.runScript("seed-client.mjs", port, new Document("doc", meeting.notesDocument())
                .append("tokens", List.of(collab.issueToken(world.a().member()))));

        assertThat(reader.getList("texts", String.class)).containsExactly("");
        assertThat(reader.getList("answers", List.class)).containsExactly(List.of("seed-preview"));
    }

    @Test
    void aWritersReadableCopyBecomesTheNotesButNotAStaleOneNorAReaders() throws Exception {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.heldMeeting(meetings, world.a());
        Document content = Document.parse(ReadableSnapshotTest.NOTES);
        Document older = Document.parse("""
                {"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Äldre"}]}]}""");

        NodeClient.runScript("seed-client.mjs", port, new Document("doc", meeting.notesDocument())
                .append("tokens", List.of(collab.issueToken(world.a().member())))
                .append("snapshots", List.of(new Document("client", 0).append("content", content).append("version", 7),
                        new Document("client", 0).append("content", older).append("version", 6))));

        String expected = "Återkoppling\nVi <script>alert(1)</script>\n- exit tickets";
        assertThat(meetings.details(world.a().member(), meeting).notes()).isEqualTo(expected);
        Document stored = mongo.findById(meeting.value(), Document.class, "meetings");
        assertThat(stored.getString("notesHtml")).contains("<h3>Återkoppling</h3>").doesNotContain("<script");

        meetings.approve(world.a().processLeader(), meeting);
        NodeClient.runScript("seed-client.mjs", port, new Document("doc", meeting.notesDocument())
                .append("tokens", List.of(collab.issueToken(world.a().member())))
                .append("snapshots", List.of(new Document("client", 0).append("content", older)
                        .append("version", 99))));
        assertThat(meetings.details(world.a().member(), meeting).notes()).as("a reader's copy").isEqualTo(expected);
    }

    @Test
    void aLockWhoseHolderVanishedPassesOnAfterTenSeconds() {
        MutableClock clock = new MutableClock();
        SeedLocks locks = new SeedLocks(mongo, clock);
        String doc = "meeting-notes:" + java.util.UUID.randomUUID();

        assertThat(locks.acquire(doc, "a")).isEqualTo(SeedLocks.Outcome.GRANTED);
        assertThat(locks.acquire(doc, "b")).isEqualTo(SeedLocks.Outcome.WAIT);
        clock.advance(Duration.ofSeconds(9));
        assertThat(locks.acquire(doc, "b")).isEqualTo(SeedLocks.Outcome.WAIT);
        clock.advance(Duration.ofSeconds(2));
        assertThat(locks.acquire(doc, "b")).isEqualTo(SeedLocks.Outcome.GRANTED);
        locks.stored(doc, "a");
        assertThat(locks.done(doc)).as("the vanished holder's late update does not count").isFalse();
        locks.stored(doc, "b");
        assertThat(locks.done(doc)).isTrue();
        assertThat(locks.acquire(doc, "c")).isEqualTo(SeedLocks.Outcome.DONE);
    }
}
