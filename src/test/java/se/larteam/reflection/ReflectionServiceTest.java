package se.larteam.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveEvent;
import se.larteam.live.LiveEvents;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Subscription;
import se.larteam.live.Topic;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.notification.NewNotification;
import se.larteam.notification.Notification;
import se.larteam.notification.NotificationService;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamId;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.MutableClock;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Reflections' rules: limits, visibility changes, comments, the inbox, read receipts and notifications. */
@SpringBootTest
class ReflectionServiceTest {

    @Autowired
    ReflectionService reflections;
    @Autowired
    NotificationService notifications;
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
    @Autowired
    ReflectionBodyAccess bodies;
    @Autowired
    LiveEvents events;
    @Autowired
    LiveUpdates live;
    @Autowired
    WaitingLists waiting;
    @Autowired
    ThemeTimeline timeline;

    private World world;
    private World.Side a;
    private UserId colleague;
    private MutableClock clock;
    private ReflectionService timed;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        a = world.a();
        colleague = TestAccounts.person(users, "Cecilia Kollega").id();
        teams.putMember(a.organiser(), a.team(), colleague, TeamRole.MEMBER);
        clock = new MutableClock(Instant.parse("2026-03-12T13:00:00Z"));
        timed = new ReflectionService(mongo, teams, meetings, programs, users, notifications, events, clock, waiting, timeline);
    }

    @Test
    void titleAndBodyAreCheckedWithClearMessages() {
        ReflectionId empty = reflections.create(a.member(), draft("Titel", "  ", Visibility.TEAM));
        refused(() -> reflections.share(a.member(), empty), "body", "reflection.validation.body-empty");
        refused(() -> reflections.create(a.member(), draft("", "Text", Visibility.TEAM)), "title", "validation.required");
        refused(() -> reflections.create(a.member(), draft("x".repeat(201), "Text", Visibility.TEAM)), "title",
                "validation.too-long");
        refused(() -> reflections.create(a.member(), draft("Titel", "x".repeat(20_001), Visibility.TEAM)), "body",
                "validation.too-long");
        ReflectionId longest = reflections.create(a.member(), draft("x".repeat(200), "y".repeat(20_000), Visibility.TEAM));
        assertThat(reflections.details(a.member(), longest).body()).hasSize(20_000);
    }

    @Test
    void aMeetingLinkMustBeAMeetingOfTheSameTeam() {
        MeetingId own = World.meeting(meetings, a);
        MeetingId foreign = World.meeting(meetings, world.b());
        refused(() -> reflections.create(a.member(), new ReflectionDraft(a.team(), foreign, "", "T", "B",
                Visibility.TEAM)), "meeting", "reflection.validation.meeting-other-team");
        ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), own, "", "T", "B", Visibility.TEAM));
        ReflectionSummary summary = reflections.details(a.member(), id).summary();
        assertThat(summary.meeting()).isEqualTo(own);
        assertThat(summary.meetingDate()).isEqualTo(LocalDate.now());
        assertThat(summary.status()).isEqualTo(ReflectionStatus.DRAFT);
    }

    @Test
    void aDraftIsTheAuthorsAloneWhateverItsVisibility() {
        ReflectionId id = reflections.create(a.member(), draft("Utkast", "Text", Visibility.TEAM));
        assertThatThrownBy(() -> reflections.details(a.processLeader(), id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reflections.details(colleague, id)).isInstanceOf(NotPermittedException.class);
        reflections.share(a.member(), id);
        assertThat(reflections.details(colleague, id).summary().title()).isEqualTo("Utkast");
        refused(() -> reflections.share(a.member(), id), "status", "reflection.validation.already-shared");
    }

    @Test
    void visibilityChangesAreRecordedAndTakeEffectAtOnce() {
        ReflectionId id = timed.create(a.member(), draft("Tankar", "Text", Visibility.TEAM));
        timed.share(a.member(), id);
        clock.advance(Duration.ofMinutes(5));
        timed.changeVisibility(a.member(), id, Visibility.PROCESS_LEADERS);
        assertThatThrownBy(() -> timed.details(colleague, id)).isInstanceOf(NotPermittedException.class);
        assertThat(timed.details(a.processLeader(), id).summary().visibility()).isEqualTo(Visibility.PROCESS_LEADERS);
        clock.advance(Duration.ofMinutes(5));
        timed.changeVisibility(a.member(), id, Visibility.PRIVATE);
        assertThatThrownBy(() -> timed.details(a.processLeader(), id)).isInstanceOf(NotPermittedException.class);

        ReflectionDetails mine = timed.details(a.member(), id);
        assertThat(mine.visibilityHistory()).containsExactly(
                new VisibilityChange(a.member(), Instant.parse("2026-03-12T13:05:00Z"), Visibility.TEAM,
                        Visibility.PROCESS_LEADERS),
                new VisibilityChange(a.member(), Instant.parse("2026-03-12T13:10:00Z"), Visibility.PROCESS_LEADERS,
                        Visibility.PRIVATE));
        // Organisers never see reflections, even shared with the team: the team is a safe room.
        timed.changeVisibility(a.member(), id, Visibility.TEAM);
        assertThatThrownBy(() -> timed.details(a.organiser(), id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> timed.details(world.admin(), id)).isInstanceOf(NotPermittedException.class);
        assertThat(timed.details(colleague, id).visibilityHistory()).as("history is the author's").isEmpty();
    }

    @Test
    void commentsAreThreadedEditedAndDeleted() {
        ReflectionId id = shared(Visibility.TEAM);
        String first = reflections.addComment(a.processLeader(), id, null, "Intressant!");
        String reply = reflections.addComment(a.member(), id, first, "Tack");
        String second = reflections.addComment(colleague, id, null, "Håller med");
        refused(() -> reflections.addComment(a.member(), id, reply, "Svar på svar"), "text",
                "reflection.validation.reply-depth");
        refused(() -> reflections.addComment(a.member(), id, null, " "), "text", "reflection.validation.comment-empty");
        refused(() -> reflections.addComment(a.member(), id, null, "x".repeat(5_001)), "text", "validation.too-long");

        reflections.editComment(a.processLeader(), id, first, "Mycket intressant!");
        assertThatThrownBy(() -> reflections.editComment(colleague, id, first, "Kapat"))
                .isInstanceOf(NotPermittedException.class);
        reflections.deleteComment(colleague, id, second);
        assertThatThrownBy(() -> reflections.deleteComment(a.member(), id, first))
                .isInstanceOf(NotPermittedException.class);

        List<Comment> comments = reflections.details(a.member(), id).comments();
        assertThat(comments).extracting(Comment::id).containsExactly(first, reply, second);
        assertThat(comments.get(0).text()).isEqualTo("Mycket intressant!");
        assertThat(comments.get(0).editedAt()).isNotNull();
        assertThat(comments.get(1).parentId()).isEqualTo(first);
        assertThat(comments.get(2).deleted()).isTrue();
        assertThat(comments.get(2).text()).isEmpty();
        assertThat(mongo.findById(id.value(), Reflection.class).comments().get(2).text())
                .as("the text is gone from the database too").isEmpty();
    }

    @Test
    void aCommentOnAReflectionNoLongerVisibleIsRefused() {
        ReflectionId id = shared(Visibility.TEAM);
        reflections.changeVisibility(a.member(), id, Visibility.PROCESS_LEADERS);
        assertThatThrownBy(() -> reflections.addComment(colleague, id, null, "Hej"))
                .isInstanceOf(NotPermittedException.class);
        reflections.changeVisibility(a.member(), id, Visibility.PRIVATE);
        assertThatThrownBy(() -> reflections.addComment(a.processLeader(), id, null, "Hej"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void mentionsResolveOnlyPeopleWhoMaySeeTheReflection() {
        ReflectionId id = shared(Visibility.PROCESS_LEADERS);
        String leaderName = users.profile(a.processLeader()).displayName();
        String comment = reflections.addComment(a.member(), id, null,
                "Fråga till @" + leaderName + " och @Cecilia Kollega");
        assertThat(reflections.details(a.member(), id).comments().get(0).mentions())
                .as("the colleague cannot see it: plain text").containsExactly(a.processLeader());
        reflections.changeVisibility(a.member(), id, Visibility.TEAM);
        reflections.editComment(a.member(), id, comment, "Nu @Cecilia Kollega");
        assertThat(reflections.details(a.member(), id).comments().get(0).mentions()).containsExactly(colleague);
        assertThat(notifications.mine(colleague)).extracting(Notification::kind).contains("mention");
    }

    @Test
    void theInboxListsUncommentedSharedReflectionsOldestFirstAcrossTeams() {
        TeamId second = teams.create(a.organiser(), a.program(), "Lärteam Två");
        teams.putMember(a.organiser(), second, a.processLeader(), TeamRole.PROCESS_LEADER);
        teams.putMember(a.organiser(), second, colleague, TeamRole.MEMBER);
        ReflectionId older = timed.create(a.member(), draft("Äldst", "B", Visibility.PROCESS_LEADERS));
        ReflectionId secret = timed.create(a.member(), draft("Privat", "B", Visibility.PRIVATE));
        ReflectionId draft = timed.create(a.member(), draft("Utkast", "B", Visibility.TEAM));
        clock.advance(Duration.ofHours(1));
        timed.share(a.member(), secret);
        timed.share(colleague, timed.create(colleague, new ReflectionDraft(second, null, "", "Nyast", "B",
                Visibility.TEAM)));
        clock.advance(Duration.ofHours(1));
        ReflectionId middle = timed.create(a.member(), draft("Mitten", "B", Visibility.TEAM));
        timed.share(a.member(), middle);
        clock.advance(Duration.ofHours(1));
        timed.share(a.member(), older);
        assertThat(draft).isNotNull();

        assertThat(timed.inbox(a.processLeader())).extracting(i -> i.reflection().title())
                .containsExactly("Nyast", "Mitten", "Äldst");
        assertThat(timed.inbox(a.processLeader()).get(0).teamName()).isEqualTo("Lärteam Två");

        // A member's comment leaves it waiting; a process leader's comment or "handled" takes it out.
        timed.addComment(colleague, middle, null, "Bra skrivet");
        timed.addComment(a.processLeader(), older, null, "Tack för den");
        timed.markHandled(a.processLeader(), timed.inbox(a.processLeader()).get(0).reflection().id());
        assertThat(timed.inbox(a.processLeader())).extracting(i -> i.reflection().title()).containsExactly("Mitten");
        assertThat(timed.inbox(a.member())).isEmpty();
        assertThat(timed.inbox(a.organiser())).isEmpty();
    }

    @Test
    void theAuthorSeesWhichProcessLeaderReadItAndWhen() {
        ReflectionId id = timed.create(a.member(), draft("Läst?", "B", Visibility.PROCESS_LEADERS));
        timed.share(a.member(), id);
        clock.advance(Duration.ofMinutes(65));
        timed.details(a.processLeader(), id);
        clock.advance(Duration.ofMinutes(30));
        timed.details(a.processLeader(), id);
        timed.details(a.member(), id);

        List<ReadReceipt> reads = timed.details(a.member(), id).readBy();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).reader()).isEqualTo(a.processLeader());
        assertThat(reads.get(0).firstAt()).isEqualTo(Instant.parse("2026-03-12T14:05:00Z"));
        assertThat(reads.get(0).lastAt()).isEqualTo(Instant.parse("2026-03-12T14:35:00Z"));
        assertThat(timed.details(a.processLeader(), id).readBy()).as("receipts are the author's").isEmpty();
    }

    @Test
    void notificationsReachOnlyTheirRecipientAndHideWhatTheyMayNoLongerSee() throws InterruptedException {
        BlockingQueue<LiveEvent> leaderHears = new LinkedBlockingQueue<>();
        BlockingQueue<LiveEvent> colleagueHears = new LinkedBlockingQueue<>();
        assertThatThrownBy(() -> live.subscribe(colleague, Topic.person(a.processLeader()), e -> { }))
                .isInstanceOf(NotPermittedException.class);
        try (Subscription l = live.subscribe(a.processLeader(), Topic.person(a.processLeader()), leaderHears::add);
                Subscription c = live.subscribe(colleague, Topic.person(colleague), colleagueHears::add)) {
            ReflectionId id = shared(Visibility.PROCESS_LEADERS);
            LiveEvent event = next(leaderHears, NotificationService.NEW);
            assertThat(event).isNotNull();
            assertThat(event.audience().people()).containsExactly(a.processLeader());
            assertThat(event.audience().scope()).isNull();
            assertThat(event.data()).isEmpty();
            assertThat(next(colleagueHears, NotificationService.NEW)).isNull();
            assertThat(notifications.unreadCount(a.processLeader())).isEqualTo(1);
            assertThat(notifications.mine(a.processLeader()).get(0).kind()).isEqualTo("shared");

            reflections.addComment(a.processLeader(), id, null, "Fint");
            assertThat(notifications.mine(a.member())).extracting(Notification::kind).containsExactly("comment");

            reflections.changeVisibility(a.member(), id, Visibility.PRIVATE);
            assertThat(notifications.mine(a.processLeader())).as("hidden once private").isEmpty();
            assertThat(notifications.unreadCount(a.processLeader())).isZero();
        }
    }

    @Test
    void markingAllReadLeavesANotificationThatArrivedAfterTheListWasShownUnread() {
        shared(Visibility.PROCESS_LEADERS);
        shared(Visibility.TEAM);
        List<Notification> shown = notifications.mine(a.processLeader());
        assertThat(shown).hasSize(2);
        // While the list is open, the member shares another; then the process leader clicks "mark all read".
        ReflectionId late = shared(Visibility.PROCESS_LEADERS);
        notifications.markAllRead(a.processLeader(), shown.stream().map(Notification::id).toList());

        assertThat(notifications.unreadCount(a.processLeader())).isEqualTo(1);
        assertThat(notifications.mine(a.processLeader())).filteredOn(n -> !n.read()).singleElement()
                .extracting(Notification::link).isEqualTo(ReflectionLinks.reflection(late));
        String lateId = notifications.mine(a.processLeader()).get(0).id();
        notifications.markAllRead(a.member(), List.of(lateId));
        assertThat(notifications.unreadCount(a.processLeader())).as("someone else's id changes nothing").isEqualTo(1);
    }

    @Test
    void markingAllReadWhileNotificationsArriveLosesNone() throws Exception {
        int arriving = 30;
        Thread sender = new Thread(() -> {
            for (int i = 0; i < arriving; i++) {
                notifications.notify(new NewNotification(a.processLeader(), a.member(), "shared",
                        ReflectionLinks.TYPE, "x" + i, "Reflektion " + i, "reflektion/x" + i));
            }
        });
        sender.start();
        while (sender.isAlive()) {
            notifications.markAllRead(a.processLeader(), storedNotificationIds(a.processLeader()));
        }
        sender.join();
        assertThat(storedNotificationIds(a.processLeader())).as("none overwritten by a mark").hasSize(arriving);
    }

    /** All of a person's stored notifications, whatever they are about (the list hides unknown subjects). */
    private List<String> storedNotificationIds(UserId person) {
        org.bson.Document stored = mongo.findById(person.value(), org.bson.Document.class, "notifications");
        return stored == null ? List.of() : stored.getList("entries", org.bson.Document.class).stream()
                .map(e -> e.getString("id")).toList();
    }

    @Test
    void theProgramsOwnTemplatesAreCheckedWithClearMessages() {
        ProgramId program = a.program();
        refused(() -> reflections.addOwnTemplate(a.organiser(), program, " ", List.of("Fråga")), "name",
                "validation.required");
        refused(() -> reflections.addOwnTemplate(a.organiser(), program, "x".repeat(101), List.of("Fråga")), "name",
                "validation.too-long");
        refused(() -> reflections.addOwnTemplate(a.organiser(), program, "Mall", List.of(" ", "")), "prompts",
                "reflection.own-template.prompts-required");
        refused(() -> reflections.addOwnTemplate(a.organiser(), program, "Mall", java.util.Collections.nCopies(13,
                "Fråga")), "prompts", "reflection.own-template.prompts-too-many");
        refused(() -> reflections.addOwnTemplate(a.organiser(), program, "Mall", List.of("x".repeat(301))),
                "prompts", "reflection.own-template.prompt-too-long");
        String id = reflections.addOwnTemplate(a.organiser(), program, " Skuggning ", List.of(" Vad såg jag? ", "",
                "Vad tar jag med mig?"));
        String other = reflections.addOwnTemplate(a.organiser(), program, "Lektionsbesök", List.of("Vad såg jag?"));
        refused(() -> reflections.addOwnTemplate(a.organiser(), program, "SKUGGNING", List.of("Fråga")), "name",
                "reflection.own-template.name-taken");
        refused(() -> reflections.updateOwnTemplate(a.organiser(), program, other, "skuggning", List.of("Fråga")),
                "name", "reflection.own-template.name-taken");
        refused(() -> reflections.updateOwnTemplate(a.organiser(), program, "okänd", "Ny", List.of("Fråga")), "name",
                "reflection.own-template.not-found");
        reflections.setTemplates(a.organiser(), program, List.of(ReflectionTemplate.MODULE_CYCLE));

        assertThat(reflections.ownTemplates(a.member(), program)).containsExactly(
                new ProgramTemplate(id, "Skuggning", List.of("Vad såg jag?", "Vad tar jag med mig?")),
                new ProgramTemplate(other, "Lektionsbesök", List.of("Vad såg jag?")));
        reflections.updateOwnTemplate(a.organiser(), program, id, "Skuggning", List.of("Vad tar jag med mig?",
                "Vad såg jag?"));
        reflections.removeOwnTemplate(a.organiser(), program, other);
        assertThat(reflections.ownTemplates(a.member(), program)).containsExactly(
                new ProgramTemplate(id, "Skuggning", List.of("Vad tar jag med mig?", "Vad såg jag?")));
        assertThat(reflections.templates(a.member(), program)).containsExactly(ReflectionTemplate.MODULE_CYCLE);
        for (int i = 1; i < ReflectionService.MAX_OWN_TEMPLATES; i++) {
            reflections.addOwnTemplate(a.organiser(), program, "Mall " + i, List.of("Fråga"));
        }
        refused(() -> reflections.addOwnTemplate(a.organiser(), program, "En till", List.of("Fråga")), "name",
                "reflection.own-template.too-many");
        assertThatThrownBy(() -> reflections.addOwnTemplate(a.processLeader(), program, "Min", List.of("Fråga")))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theTimelineHoldsAllMyReflectionsNewestFirst() {
        ReflectionId first = timed.create(a.member(), draft("Först", "B", Visibility.PRIVATE));
        clock.advance(Duration.ofDays(30));
        MeetingId meeting = meetings.plan(a.member(), a.team(), new MeetingPlan(LocalDate.now(), LocalTime.of(9, 0),
                LocalTime.of(10, 0), ""), List.of());
        meetings.addAction(a.member(), meeting, new se.larteam.meeting.NewAction("Pröva exit tickets", a.member(),
                LocalDate.now().plusDays(7)));
        meetings.addAction(a.member(), meeting, new se.larteam.meeting.NewAction("Någon annans", colleague,
                LocalDate.now().plusDays(7)));
        ReflectionId second = timed.create(a.member(), new ReflectionDraft(a.team(), meeting, "", "Sedan", "B",
                Visibility.TEAM));
        timed.create(colleague, draft("Någon annans", "B", Visibility.TEAM));
        assertThat(timed.myReflections(a.member())).extracting(ReflectionSummary::id).containsExactly(second, first);
        assertThat(timed.myReflections(a.member()).get(0).meeting()).isEqualTo(meeting);
        assertThat(timed.myReflections(a.member()).get(0).actions()).containsExactly("Pröva exit tickets");
        assertThat(timed.teamReflections(colleague, a.team())).as("drafts are not listed").isEmpty();
    }

    @Test
    void aProgramEnablesTemplatesAndTheAnswersAreKept() {
        assertThat(reflections.templates(a.member(), a.program())).isEmpty();
        reflections.setTemplates(a.organiser(), a.program(), List.of(ReflectionTemplate.GIBBS,
                ReflectionTemplate.MODULE_CYCLE, ReflectionTemplate.GIBBS));
        assertThat(reflections.templates(a.member(), a.program()))
                .containsExactly(ReflectionTemplate.GIBBS, ReflectionTemplate.MODULE_CYCLE);
        List<String> answers = List.of("Jag läste", "Vi diskuterade", "Jag prövade", "Vi följde upp");
        ReflectionId id = reflections.create(a.member(), new ReflectionDraft(a.team(), null, "", "Modul 3",
                "A. Vad jag läste\nJag läste", Visibility.TEAM, ReflectionTemplate.MODULE_CYCLE, answers));
        ReflectionDetails mine = reflections.details(a.member(), id);
        assertThat(mine.template()).isEqualTo(ReflectionTemplate.MODULE_CYCLE);
        assertThat(mine.answers()).isEqualTo(answers);
        refused(() -> reflections.create(a.member(), new ReflectionDraft(a.team(), null, "", "Modul 3", "B",
                Visibility.TEAM, ReflectionTemplate.LEARNING_CONVERSATION, answers)), "answers",
                "reflection.validation.answers");
    }

    @Test
    void aGuidedReflectionsPromptsAreSeededAsHeadingsWithItsOldAnswersUnderThem() {
        ReflectionId old = reflections.create(a.member(), new ReflectionDraft(a.team(), null, "", "Modul 3",
                "A. Vad jag läste\nJag läste", Visibility.TEAM, ReflectionTemplate.MODULE_CYCLE,
                List.of("Jag läste", "", "Jag prövade")));
        assertThat(bodies.initialText(old.bodyDocument())).contains("## A. Vad jag läste\nJag läste\n\n"
                + "## B. Vad vi diskuterade\n\n## C. Vad jag prövade\nJag prövade\n\n## D. Vad vi följde upp");
        ReflectionId plain = reflections.create(a.member(), draft("Fri", "Skrivet förut.", Visibility.TEAM));
        assertThat(bodies.initialText(plain.bodyDocument())).contains("Skrivet förut.");
        ReflectionId fresh = reflections.create(a.member(), draft("Ny", "", Visibility.TEAM));
        assertThat(bodies.initialText(fresh.bodyDocument())).contains("");
        // Written before templates were kept on the reflection: the built-in template's prompts still head the body.
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(old.value())),
                new org.springframework.data.mongodb.core.query.Update().unset("prompts").unset("templateName"),
                Reflection.class);
        assertThat(bodies.initialText(old.bodyDocument())).hasValueSatisfying(text -> assertThat(text)
                .startsWith("## A. Vad jag läste\nJag läste\n\n## B. Vad vi diskuterade"));
        assertThat(reflections.details(a.member(), old).templateName()).isEqualTo("Modulens cykel A–D");
        assertThat(bodies.access(a.member(), "reflection:")).isEqualTo(se.larteam.collab.CollabAccess.NONE);
        assertThat(bodies.access(a.member(), "reflection:okänd")).isEqualTo(se.larteam.collab.CollabAccess.NONE);
    }

    private ReflectionId shared(Visibility visibility) {
        ReflectionId id = reflections.create(a.member(), draft("Efter mötet", "Text", visibility));
        reflections.share(a.member(), id);
        return id;
    }

    private ReflectionDraft draft(String title, String body, Visibility visibility) {
        return new ReflectionDraft(a.team(), null, "", title, body, visibility);
    }

    private static LiveEvent next(BlockingQueue<LiveEvent> queue, String kind) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            LiveEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.kind().equals(kind)) {
                return event;
            }
        }
        return null;
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException invalid = (InvalidInputException) e;
                    assertThat(invalid.field()).isEqualTo(field);
                    assertThat(invalid.messageKey()).isEqualTo(key);
                });
    }
}
