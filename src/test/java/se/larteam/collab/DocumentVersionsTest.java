package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveEvents;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.MutableClock;
import se.larteam.testing.World;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** When versions are taken, what they hold, who sees them, and what the retention rule keeps. */
@SpringBootTest
class DocumentVersionsTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    UpdateLog log;
    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    MeetingService meetings;
    @Autowired
    CollabHistoryService history;
    @Autowired
    LiveEvents events;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));

    private DocumentVersions versions() {
        return new DocumentVersions(mongo, log, clock, events);
    }

    private static ReadableSnapshot copy(String text, long version) {
        return new ReadableSnapshot("<p>" + text + "</p>", text, version);
    }

    @Test
    void whileEditedAVersionIsTakenAtMostEveryTenMinutesWithEveryoneWhoEditedSince() {
        String doc = "test-doc:" + new ObjectId();
        DocumentVersions versions = versions();
        UserId anna = new UserId("anna-" + doc);
        UserId bo = new UserId("bo-" + doc);

        versions.edited(anna, doc, copy("Ett", 1));
        assertThat(versions.list(doc)).as("the first copy takes a version").hasSize(1);
        clock.advance(Duration.ofMinutes(4));
        versions.edited(bo, doc, copy("Ett två", 5));
        clock.advance(Duration.ofMinutes(5));
        versions.edited(anna, doc, copy("Ett två tre", 9));
        versions.edited(bo, doc, copy("Ett (gammal kopia)", 2));
        assertThat(versions.list(doc)).as("nine minutes later still one").hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        versions.edited(bo, doc, copy("Ett två tre fyra", 12));
        List<DocumentVersion> list = versions.list(doc);
        assertThat(list).hasSize(2);
        DocumentVersion newest = versions.find(new VersionId(list.getFirst().id())).orElseThrow();
        assertThat(newest.kind()).isEqualTo(VersionKind.PERIODIC);
        assertThat(newest.at()).isEqualTo(clock.instant());
        assertThat(newest.text()).isEqualTo("Ett två tre fyra");
        assertThat(newest.authors()).containsExactlyInAnyOrder(anna.value(), bo.value());
        assertThat(newest.state()).as("an empty log is the empty Yjs update").containsExactly(0, 0);
        DocumentVersion first = versions.find(new VersionId(list.getLast().id())).orElseThrow();
        assertThat(first.text()).isEqualTo("Ett");
        assertThat(first.authors()).containsExactly(anna.value());
    }

    @Test
    void aStaleCopyNeverReplacesANewerOne() {
        String doc = "test-doc:" + new ObjectId();
        DocumentVersions versions = versions();
        UserId anna = new UserId("anna-" + doc);
        versions.edited(anna, doc, copy("Ett", 1));
        versions.edited(anna, doc, copy("Nyare", 8));
        versions.edited(anna, doc, copy("Äldre", 3));
        clock.advance(DocumentVersions.EVERY);
        versions.edited(anna, doc, copy("Äldst", 2));

        assertThat(versions.find(new VersionId(versions.list(doc).getFirst().id())).orElseThrow().text())
                .isEqualTo("Nyare");
    }

    @Test
    void approvingTheMinutesKeepsTheNotesAsAnApprovalVersionThatReadersSeeAndOnlyWritersRestore() {
        World world = World.create(users, programs, teams);
        MeetingId meeting = World.heldMeeting(meetings, world.a());
        String doc = meeting.notesDocument();
        assertThat(history.versions(world.a().member(), doc)).isEmpty();

        meetings.approve(world.a().processLeader(), meeting);

        List<VersionSummary> list = history.versions(world.a().member(), doc);
        assertThat(list).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(VersionKind.APPROVAL);
            assertThat(v.documentName()).isEqualTo(doc);
        });
        assertThat(history.version(world.a().member(), list.getFirst().id()).mayRestore()).isFalse();
        assertThat(history.version(world.a().processLeader(), list.getFirst().id()).mayRestore()).isTrue();
        assertThatThrownBy(() -> history.restore(world.a().member(), list.getFirst().id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> history.versions(world.b().member(), doc)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> history.version(world.a().member(), new VersionId(new ObjectId().toHexString())))
                .as("an unknown version is refused like a foreign one").isInstanceOf(NotPermittedException.class);
    }

    @Test
    void retentionKeepsApprovalsTheLastDayAndOnePerOlderDayForSixtyDays() {
        String doc = "test-doc:" + new ObjectId();
        DocumentVersions versions = versions();
        Instant now = clock.instant();
        // 09:00 UTC is 10:00 in Stockholm: versions at 10:00, 11:00 and 12:00 Swedish time on each earlier day.
        for (int day = 2; day <= 71; day++) {
            for (int hour = 0; hour < 3; hour++) {
                insert(doc, now.minus(Duration.ofDays(day)).plus(Duration.ofHours(hour)), VersionKind.PERIODIC);
            }
        }
        insert(doc, now.minus(Duration.ofDays(100)), VersionKind.APPROVAL);
        for (int minutes = 10; minutes < 24 * 60; minutes += 10) {
            insert(doc, now.minus(Duration.ofMinutes(minutes)), VersionKind.PERIODIC);
        }

        versions.thin(doc, now);

        List<DocumentVersion> kept = versions.list(doc);
        List<DocumentVersion> recent = kept.stream().filter(v -> v.at().isAfter(now.minus(DocumentVersions.KEEP_ALL)))
                .toList();
        List<DocumentVersion> daily = kept.stream().filter(v -> v.kind() == VersionKind.PERIODIC
                && !v.at().isAfter(now.minus(DocumentVersions.KEEP_ALL))).toList();
        assertThat(recent).as("everything of the last 24 hours").hasSize(143);
        assertThat(daily).as("one per day for sixty days").hasSize(DocumentVersions.KEEP_DAYS)
                .allMatch(v -> v.at().atZone(java.time.ZoneId.of("Europe/Stockholm")).getHour() == 12);
        assertThat(daily.getLast().at()).as("the newest sixty days").isEqualTo(now.minus(Duration.ofDays(61))
                .plus(Duration.ofHours(2)));
        assertThat(kept).filteredOn(v -> v.kind() == VersionKind.APPROVAL).hasSize(1);
    }

    private void insert(String doc, Instant at, VersionKind kind) {
        mongo.insert(new DocumentVersion(new ObjectId().toHexString(), doc, at, kind, List.of(), "", "",
                new byte[] {0, 0}));
    }
}
