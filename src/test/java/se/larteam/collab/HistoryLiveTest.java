package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveEvent;
import se.larteam.live.LiveListener;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Subscription;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionLinks;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/**
 * Who hears of a document's new versions, and where its history leads back to: only those who may read the
 * history now, as the document's owner says; a reflection's history is its author's alone.
 */
@SpringBootTest
class HistoryLiveTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    MeetingService meetings;
    @Autowired
    ReflectionService reflections;
    @Autowired
    CollabHistoryService history;
    @Autowired
    DocumentVersions versions;
    @Autowired
    LiveUpdates live;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    @Test
    void aVersionIsHeardByTheTeamAndSomeoneRemovedFromItHearsNothingOfIt() throws InterruptedException {
        MeetingId meeting = World.heldMeeting(meetings, world.a());
        String doc = meeting.notesDocument();
        Heard leader = new Heard();
        Heard leaving = new Heard();
        try (Subscription a = live.subscribe(world.a().processLeader(), CollabLinks.historyTopic(doc), leader);
                Subscription b = live.subscribe(world.a().member(), CollabLinks.historyTopic(doc), leaving)) {
            teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());

            versions.edited(world.a().processLeader(), doc, new ReadableSnapshot("<p>Anteckning</p>", "Anteckning", 4));

            LiveEvent event = leader.next();
            assertThat(event).isNotNull();
            assertThat(event.kind()).isEqualTo(CollabLinks.VERSION_TAKEN);
            assertThat(event.data()).containsEntry("document", doc).containsEntry("kind", "PERIODIC")
                    .doesNotContainKeys("html", "text");
            assertThat(leaving.revoked.await(10, TimeUnit.SECONDS)).as("the removed member's subscription ends")
                    .isTrue();
            assertThat(leaving.events).as("without hearing of the version").isEmpty();
        }
    }

    @Test
    void outsidersAndOrganisersMayNotFollowTheNotesHistory() {
        String doc = World.meeting(meetings, world.a()).notesDocument();

        for (var person : java.util.List.of(world.b().member(), world.a().organiser(), world.admin())) {
            assertThatThrownBy(() -> live.subscribe(person, CollabLinks.historyTopic(doc), new Heard()))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void aReflectionsHistoryIsItsAuthorsAloneAndLeadsBackToTheReflection() {
        ReflectionId id = World.reflection(reflections, world.a(), Visibility.TEAM);
        String doc = id.bodyDocument();
        versions.edited(world.a().member(), doc, new ReadableSnapshot("<p>Utkast</p>", "Utkast", 1));

        assertThat(history.versions(world.a().member(), doc)).hasSize(1);
        assertThat(history.home(world.a().member(), doc)).contains(new DocumentHome(ReflectionLinks.reflection(id),
                "reflection.versions.back"));
        live.subscribe(world.a().member(), CollabLinks.historyTopic(doc), new Heard()).close();

        // The process leader reads the shared reflection, but not how it read while it was the author's draft.
        assertThatThrownBy(() -> history.versions(world.a().processLeader(), doc))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> history.home(world.a().processLeader(), doc))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> live.subscribe(world.a().processLeader(), CollabLinks.historyTopic(doc),
                new Heard())).isInstanceOf(NotPermittedException.class);
    }

    /** Keeps what it hears, for waiting on the watcher's thread. */
    private static final class Heard implements LiveListener {
        final BlockingQueue<LiveEvent> events = new LinkedBlockingQueue<>();
        final CountDownLatch revoked = new CountDownLatch(1);

        @Override
        public void onEvent(LiveEvent event) {
            events.add(event);
        }

        @Override
        public void onRevoked() {
            revoked.countDown();
        }

        LiveEvent next() throws InterruptedException {
            return events.poll(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
