package se.larteam.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.live.LiveEvent;
import se.larteam.live.LiveListener;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Subscription;
import se.larteam.program.ProgramLive;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/** Changes to readings reach those who may see them, live, and nobody else. */
@SpringBootTest
class ReadingLiveTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    ReadingService readings;
    @Autowired
    LiveUpdates live;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    @Test
    void aTeamReadingIsNewsInsideTheTeamOnlyUntilItIsShared() throws Exception {
        Heard leader = new Heard();
        Heard organiser = new Heard();
        Heard reader = new Heard();
        try (Subscription a = live.subscribe(world.a().processLeader(), TeamLive.topic(world.a().team()), leader);
                Subscription b = live.subscribe(world.a().organiser(), TeamLive.topic(world.a().team()), organiser);
                Subscription c = live.subscribe(world.a().reader(), ProgramLive.topic(world.a().program()), reader)) {
            ReadingId id = readings.addToTeam(world.a().member(), world.a().team(), ReadingServiceTest.draft("Ny text"));
            LiveEvent added = leader.next("reading.added");
            assertThat(added).isNotNull();
            assertThat(added.data()).containsEntry("readingId", id.value()).doesNotContainValue("Ny text");

            readings.addNote(world.a().member(), id, null, "En tanke");
            assertThat(leader.next("reading.note-added")).isNotNull();
            readings.share(world.a().processLeader(), id);

            // Events arrive in order: the first reading event the organiser and the reader hear is the sharing.
            assertThat(organiser.next(e -> e.kind().startsWith("reading.")).kind()).isEqualTo("reading.shared");
            assertThat(reader.next(e -> e.kind().startsWith("reading.")).kind()).isEqualTo("reading.shared");
            assertThat(leader.next("reading.shared")).isNotNull();
        }
    }

    /** Keeps what it hears, for waiting on the watcher's thread. */
    private static final class Heard implements LiveListener {
        private final BlockingQueue<LiveEvent> events = new LinkedBlockingQueue<>();

        @Override
        public void onEvent(LiveEvent event) {
            events.add(event);
        }

        LiveEvent next(String kind) throws InterruptedException {
            return next(e -> e.kind().equals(kind));
        }

        LiveEvent next(java.util.function.Predicate<LiveEvent> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                LiveEvent event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null && wanted.test(event)) {
                    return event;
                }
            }
            return null;
        }
    }
}
