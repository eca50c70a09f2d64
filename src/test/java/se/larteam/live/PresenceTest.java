package se.larteam.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamService;
import se.larteam.testing.MutableClock;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/** Who is on a page, with a clock the test moves for the time-outs. */
@SpringBootTest
class PresenceTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    LiveUpdates live;
    @Autowired
    LiveEvents events;

    private final MutableClock clock = new MutableClock();
    private Presence presence;
    private World world;
    private Topic page;

    @BeforeEach
    void setUp() {
        presence = new Presence(mongo, live, events, users, clock);
        world = World.create(users, programs, teams);
        page = TeamLive.topic(world.a().team());
    }

    @Test
    void joiningAndLeavingIsSeenByOthersAndAnnounced() throws Exception {
        Inbox inbox = new Inbox();
        try (Subscription ignored = live.subscribe(world.a().processLeader(), page, inbox)) {
            Presence.Visit visit = presence.join(world.a().member(), page);
            assertThat(presence.whoIsHere(world.a().processLeader(), page)).extracting(Presence.Visitor::displayName)
                    .containsExactly("Deltagare A");
            assertThat(inbox.next(Presence.CHANGED)).isNotNull();

            visit.leave();
            assertThat(presence.whoIsHere(world.a().processLeader(), page)).isEmpty();
            assertThat(inbox.next(Presence.CHANGED)).isNotNull();
        }
    }

    @Test
    void aPersonWithTwoTabsIsShownOnce() {
        presence.join(world.a().member(), page);
        presence.join(world.a().member(), page);
        presence.join(world.a().processLeader(), page);

        assertThat(presence.whoIsHere(world.a().member(), page)).extracting(Presence.Visitor::displayName)
                .containsExactly("Deltagare A", "Processledare A");
    }

    @Test
    void aVisitNotKeptFreshIsSweptAwayAfterTheTimeout() throws Exception {
        Presence.Visit stale = presence.join(world.a().member(), page);
        clock.advance(Duration.ofSeconds(20));
        Presence.Visit fresh = presence.join(world.a().processLeader(), page);
        clock.advance(Duration.ofSeconds(11));

        assertThat(presence.whoIsHere(world.a().organiser(), page)).extracting(Presence.Visitor::displayName)
                .containsExactly("Processledare A");
        presence.sweep();
        assertThat(mongo.getCollection(Presence.COLLECTION).countDocuments(
                new org.bson.Document("user", world.a().member().value()))).isZero();

        // Coming back (a laptop waking up) brings the visit back.
        stale.stillHere();
        fresh.stillHere();
        assertThat(presence.whoIsHere(world.a().organiser(), page)).hasSize(2);
    }

    @Test
    void onlyThoseWhoMaySeeThePageMayBeOnItOrAskWhoIs() {
        assertThatThrownBy(() -> presence.join(world.b().member(), page)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> presence.whoIsHere(world.a().reader(), page)).isInstanceOf(NotPermittedException.class);
    }
}
