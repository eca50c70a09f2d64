package se.larteam.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** The live mechanism end to end on one node: service write, MongoDB change stream, watcher, subscriber. */
@SpringBootTest
class LiveUpdatesTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    LiveEvents events;
    @Autowired
    LiveUpdates live;

    private World world;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
    }

    @Test
    void aTeamMemberHearsOfAChangeMadeByTheOrganiser() throws Exception {
        Inbox inbox = new Inbox();
        try (Subscription ignored = live.subscribe(world.a().member(), TeamLive.topic(world.a().team()), inbox)) {
            UserId newcomer = TestAccounts.person(users, "Nya Nilsson").id();
            teams.putMember(world.a().organiser(), world.a().team(), newcomer, TeamRole.MEMBER);

            LiveEvent event = inbox.next("team.members-changed", newcomer);
            assertThat(event).isNotNull();
            assertThat(event.actor()).isEqualTo(world.a().organiser());
            assertThat(event.data()).containsEntry("teamId", world.a().team().value());
        }
    }

    @Test
    void subscribingToSomethingOneMayNotSeeIsRefused() {
        assertThatThrownBy(() -> live.subscribe(world.a().member(), TeamLive.topic(world.b().team()), new Inbox()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> live.subscribe(world.a().member(), Topic.person(world.a().organiser()), new Inbox()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> live.subscribe(world.a().member(), new Topic("no-such-scope", "1"), new Inbox()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(live.subscriberCount(TeamLive.topic(world.b().team()))).isZero();
    }

    @Test
    void anEventReachesOnlyThoseInItsAudience() throws Exception {
        Inbox member = new Inbox();
        Inbox organiser = new Inbox();
        Inbox leader = new Inbox();
        var topic = TeamLive.topic(world.a().team());
        try (Subscription a = live.subscribe(world.a().member(), topic, member);
                Subscription b = live.subscribe(world.a().organiser(), topic, organiser);
                Subscription c = live.subscribe(world.a().processLeader(), topic, leader)) {
            // Safe-room content: members and process leaders, not the organiser.
            events.publish(world.a().member(), "test.inside", List.of(topic), TeamLive.inside(world.a().team()), Map.of());
            // Shared with the process leaders only, and the author.
            events.publish(world.a().member(), "test.leaders", List.of(topic),
                    TeamLive.processLeaders(world.a().team()).and(world.a().member()), Map.of());
            // A private draft: its author alone.
            events.publish(world.a().member(), "test.private", List.of(topic),
                    Audience.onlyPeople(Set.of(world.a().member())), Map.of());
            events.publish(world.a().member(), "test.end", List.of(topic), TeamLive.everyoneWhoMaySee(world.a().team()),
                    Map.of());

            assertThat(kindsUntilEnd(member)).containsExactly("test.inside", "test.leaders", "test.private", "test.end");
            assertThat(kindsUntilEnd(leader)).containsExactly("test.inside", "test.leaders", "test.end");
            assertThat(kindsUntilEnd(organiser)).containsExactly("test.end");
        }
    }

    @Test
    void removingAPersonFromTheTeamEndsTheirSubscriptionAtOnce() throws Exception {
        Inbox inbox = new Inbox();
        var topic = TeamLive.topic(world.a().team());
        live.subscribe(world.a().member(), topic, inbox);
        int before = live.subscriberCount(topic);

        teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());

        assertThat(inbox.nextSignal()).isEqualTo("revoked");
        assertThat(live.subscriberCount(topic)).isEqualTo(before - 1);
        events.publish(world.a().organiser(), "test.after", List.of(topic), TeamLive.everyoneWhoMaySee(world.a().team()),
                Map.of());
        inbox.events.clear();
        assertThat(inbox.events.poll(1, TimeUnit.SECONDS)).as("nothing reaches a removed member").isNull();
    }

    @Test
    void aRemovedMemberHearsOfItOnTheirOwnTopic() throws Exception {
        Inbox inbox = new Inbox();
        try (Subscription ignored = live.subscribe(world.a().member(), Topic.person(world.a().member()), inbox)) {
            teams.removeMember(world.a().organiser(), world.a().team(), world.a().member());
            assertThat(inbox.next("team.members-changed", world.a().member())).isNotNull();
        }
    }

    @Test
    void lostHistoryTellsEverySubscriberToReload() throws Exception {
        Inbox inbox = new Inbox();
        try (Subscription ignored = live.subscribe(world.a().member(), Topic.person(world.a().member()), inbox)) {
            live.historyLost();
            assertThat(inbox.nextSignal()).isEqualTo("reload");
        }
    }

    private static List<String> kindsUntilEnd(Inbox inbox) throws InterruptedException {
        List<String> kinds = new java.util.ArrayList<>();
        for (LiveEvent event = inbox.next(); event != null; event = inbox.next()) {
            if (!event.kind().startsWith("test.")) {
                continue; // changes made while building the world may still be arriving
            }
            kinds.add(event.kind());
            if (event.kind().equals("test.end")) {
                break;
            }
        }
        return kinds;
    }
}
