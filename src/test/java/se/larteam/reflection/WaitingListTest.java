package se.larteam.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamId;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * "Väntar på kommentar" is read from each team's waiting list: through every write that can change it, the inbox
 * says what the reflections say, and the stored list equals one rebuilt from the reflections.
 */
@SpringBootTest
class WaitingListTest {

    @Autowired
    ReflectionService reflections;
    @Autowired
    WaitingLists waiting;
    @Autowired
    MeetingService meetings;
    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    MongoTemplate mongo;

    private World.Side a;
    private UserId colleague;
    private UserId secondLeader;

    @BeforeEach
    void buildWorld() {
        a = World.create(users, programs, teams).a();
        colleague = TestAccounts.person(users, "Cecilia Kollega").id();
        teams.putMember(a.organiser(), a.team(), colleague, TeamRole.MEMBER);
        secondLeader = TestAccounts.person(users, "Petra Processledare").id();
        teams.putMember(a.organiser(), a.team(), secondLeader, TeamRole.PROCESS_LEADER);
    }

    @Test
    void everyWritePathKeepsTheInboxRight() {
        MeetingId meeting = World.meeting(meetings, a);
        ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), meeting, "", "Exit tickets",
                "Vad jag provade.", Visibility.PROCESS_LEADERS));
        assertWaiting(a.processLeader());

        reflections.share(a.member(), id);
        assertWaiting(a.processLeader(), "Exit tickets");
        InboxItem row = reflections.inbox(a.processLeader()).get(0);
        assertThat(row.teamName()).isEqualTo("Lärteam A");
        assertThat(row.reflection().authorName()).isEqualTo("Deltagare A");
        assertThat(row.reflection().meetingDate()).isEqualTo(meetings.meetingsOf(a.member(), a.team()).get(0).date());
        assertThat(row.reflection().commentCount()).isZero();

        reflections.update(a.member(), id, new ReflectionDraft(a.team(), null, "Återkoppling", "Exit tickets i åk 8",
                "Vad jag provade.", Visibility.TEAM));
        assertWaiting(a.processLeader(), "Exit tickets i åk 8");
        assertThat(reflections.inbox(a.processLeader()).get(0).reflection().meetingDate()).isNull();
        assertThat(reflections.inbox(a.processLeader()).get(0).reflection().theme()).isEqualTo("Återkoppling");

        // A colleague's comment leaves it waiting, counted.
        String colleagues = reflections.addComment(colleague, id, null, "Känner igen det");
        assertWaiting(a.processLeader(), "Exit tickets i åk 8");
        assertThat(reflections.inbox(a.processLeader()).get(0).reflection().commentCount()).isEqualTo(1);
        reflections.deleteComment(colleague, id, colleagues);
        assertThat(reflections.inbox(a.processLeader()).get(0).reflection().commentCount()).isZero();

        // Private: gone for every process leader; shared again: back.
        reflections.changeVisibility(a.member(), id, Visibility.PRIVATE);
        assertWaiting(a.processLeader());
        assertWaiting(secondLeader);
        reflections.changeVisibility(a.member(), id, Visibility.PROCESS_LEADERS);
        assertWaiting(secondLeader, "Exit tickets i åk 8");

        // One process leader's comment answers for all of them; deleting it puts it back.
        String comment = reflections.addComment(secondLeader, id, null, "Tack!");
        assertWaiting(a.processLeader());
        assertWaiting(secondLeader);
        reflections.deleteComment(secondLeader, id, comment);
        assertWaiting(a.processLeader(), "Exit tickets i åk 8");

        // "Handled" is each process leader's own.
        reflections.markHandled(a.processLeader(), id);
        assertWaiting(a.processLeader());
        assertWaiting(secondLeader, "Exit tickets i åk 8");
        assertConsistent();
    }

    @Test
    void whoLeadsTheTeamIsReadAtEveryOpen() {
        ReflectionId id = World.reflection(reflections, a, Visibility.TEAM);
        reflections.addComment(colleague, id, null, "Jag har en fråga");
        assertWaiting(a.processLeader(), "Efter mötet");

        // The colleague becomes a process leader: her comment now answers it.
        teams.putMember(a.organiser(), a.team(), colleague, TeamRole.PROCESS_LEADER);
        assertWaiting(a.processLeader());
        assertWaiting(colleague);
        assertConsistent();

        // And a member again: waiting once more.
        teams.putMember(a.organiser(), a.team(), colleague, TeamRole.MEMBER);
        assertWaiting(a.processLeader(), "Efter mötet");

        // A process leader who leaves the team no longer sees its list, with nothing else written since.
        teams.removeMember(a.organiser(), a.team(), a.processLeader());
        assertWaiting(a.processLeader());
        assertWaiting(secondLeader, "Efter mötet");
        // A member who is made process leader sees it from the first open.
        teams.putMember(a.organiser(), a.team(), a.spare(), TeamRole.PROCESS_LEADER);
        assertWaiting(a.spare(), "Efter mötet");
        assertConsistent();
    }

    @Test
    void aMissingListIsRebuiltAtTheFirstOpenAndAtStartUp() {
        World.reflection(reflections, a, Visibility.PROCESS_LEADERS);
        mongo.remove(Query.query(Criteria.where("_id").is(a.team().value())), WaitingList.class);
        assertWaiting(a.processLeader(), "Efter mötet");

        mongo.remove(Query.query(Criteria.where("_id").is(a.team().value())), WaitingList.class);
        waiting.rebuildAll();
        assertThat(mongo.findById(a.team().value(), WaitingList.class).entries()).hasSize(1);

        // A list left behind by a stop between a reflection's write and the list's (here: an entry written for a
        // reflection made private) is repaired by the start-up rebuild.
        ReflectionId secret = World.reflection(reflections, a, Visibility.PRIVATE);
        WaitingList.Entry stale = new WaitingList.Entry(a.member().value(), "Efter mötet", Visibility.PROCESS_LEADERS,
                null, "", java.time.Instant.now(), java.time.Instant.now(), 0, List.of());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(a.team().value())),
                new org.springframework.data.mongodb.core.query.Update().set("entries." + secret.value(), stale),
                WaitingList.class);
        waiting.rebuildAll();
        assertThat(mongo.findById(a.team().value(), WaitingList.class).entries()).doesNotContainKey(secret.value());
    }

    @Test
    void theListNeverGrantsAccess() {
        World world = World.create(users, programs, teams);
        ReflectionId foreign = World.reflection(reflections, world.b(), Visibility.PROCESS_LEADERS);
        assertWaiting(world.b().processLeader(), "Efter mötet");
        assertWaiting(world.a().processLeader());
        assertWaiting(world.b().member());
        assertWaiting(world.b().organiser());
        assertWaiting(world.admin());
        assertThat(foreign).isNotNull();
    }

    /**
     * Two people write at the same time, over and over: the author changes title and visibility, the process
     * leader comments, deletes her comments and marks reflections handled. Afterwards the stored list is the one the
     * reflections give, and the inbox agrees with each reflection's own state.
     */
    @Test
    void concurrentWritesFromTwoUsersLeaveTheListRight() throws Exception {
        List<ReflectionId> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(World.reflection(reflections, a, Visibility.PROCESS_LEADERS));
        }
        int rounds = 40;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> author = pool.submit(() -> {
                Random random = new Random(1);
                for (int i = 0; i < rounds; i++) {
                    together.await(30, TimeUnit.SECONDS);
                    ReflectionId id = ids.get(random.nextInt(ids.size()));
                    Visibility[] choices = Visibility.values();
                    if (random.nextBoolean()) {
                        reflections.changeVisibility(a.member(), id, choices[random.nextInt(choices.length)]);
                    } else {
                        reflections.update(a.member(), id, new ReflectionDraft(a.team(), null, "", "Version " + i,
                                "Text", reflections.details(a.member(), id).summary().visibility()));
                    }
                }
                return null;
            });
            Future<?> leader = pool.submit(() -> {
                Random random = new Random(2);
                List<String[]> mine = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    together.await(30, TimeUnit.SECONDS);
                    ReflectionId id = ids.get(random.nextInt(ids.size()));
                    try {
                        switch (random.nextInt(3)) {
                            case 0 -> mine.add(new String[] {id.value(),
                                    reflections.addComment(a.processLeader(), id, null, "Kommentar " + i)});
                            case 1 -> {
                                if (!mine.isEmpty()) {
                                    String[] c = mine.remove(random.nextInt(mine.size()));
                                    reflections.deleteComment(a.processLeader(), new ReflectionId(c[0]), c[1]);
                                }
                            }
                            default -> reflections.markHandled(a.processLeader(), id);
                        }
                    } catch (se.larteam.base.NotPermittedException privateNow) {
                        // The author made it private at the same moment: refused, as it must be.
                    }
                }
                return null;
            });
            author.get(120, TimeUnit.SECONDS);
            leader.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertConsistent();
        List<String> expected = ids.stream().filter(id -> {
            Reflection r = mongo.findById(id.value(), Reflection.class);
            return r.visibility() != Visibility.PRIVATE && !r.handledBy().contains(a.processLeader().value())
                    && r.comments().stream().noneMatch(c -> !c.deleted()
                            && List.of(a.processLeader().value(), secondLeader.value()).contains(c.authorId()));
        }).map(ReflectionId::value).sorted().toList();
        assertThat(reflections.inbox(a.processLeader()).stream().map(i -> i.reflection().id().value()).sorted())
                .containsExactlyElementsOf(expected);
    }

    private void assertWaiting(UserId leader, String... titles) {
        assertThat(reflections.inbox(leader)).extracting(i -> i.reflection().title()).containsExactly(titles);
    }

    /** The list as stored is the list the reflections give now. */
    private void assertConsistent() {
        TeamId team = a.team();
        Map<String, WaitingList.Entry> stored = mongo.findById(team.value(), WaitingList.class).entries();
        List<String> leaders = teams.processLeaders(team).stream().map(UserId::value).sorted().toList();
        assertThat(stored).isEqualTo(waiting.rebuild(team, leaders).entries());
    }
}
