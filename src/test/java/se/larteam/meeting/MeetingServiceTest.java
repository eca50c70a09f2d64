package se.larteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.live.LiveEvents;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamService;
import se.larteam.testing.MutableClock;
import se.larteam.testing.World;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** The rules of meetings: the safe room, approval, follow-ups carried over, and the messages for bad input. */
@SpringBootTest
class MeetingServiceTest {

    @Autowired
    se.larteam.reading.ReadingService readings;
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
    LiveEvents events;
    @Autowired
    Clock clock;
    @Autowired
    MinutesExport export;
    @Autowired
    org.springframework.context.ApplicationEventPublisher approvals;
    @Autowired
    se.larteam.live.LiveUpdates live;

    private World world;
    private World.Side a;
    private LocalDate today;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        a = world.a();
        today = LocalDate.now(clock);
    }

    @Test
    void theNextMeetingOpensWithLastMonthsActionsToFollowUp() {
        MeetingId march = plan(a.processLeader(), today.plusDays(3));
        meetings.addAction(a.member(), march, new NewAction("Pröva exit tickets i årskurs 8", a.member(), today.plusDays(30)));
        meetings.addAction(a.member(), march, new NewAction("Läsa Timperley kapitel 2", a.processLeader(), today.plusDays(30)));

        MeetingId april = plan(a.member(), today.plusDays(33));
        // An action recorded after the next meeting was planned is followed up there too.
        meetings.addAction(a.processLeader(), march, new NewAction("Observera en lektion", a.member(), today.plusDays(20)));

        List<FollowUp> followUps = meetings.details(a.member(), april).followUps();
        assertThat(followUps).extracting(FollowUp::text).containsExactly("Pröva exit tickets i årskurs 8",
                "Läsa Timperley kapitel 2", "Observera en lektion");
        assertThat(followUps).allSatisfy(f -> {
            assertThat(f.status()).isNull();
            assertThat(f.fromMeeting()).isEqualTo(march);
        });
        assertThat(followUps.get(0).ownerName()).isEqualTo("Deltagare A");

        String first = followUps.get(0).actionId();
        meetings.followUp(a.member(), april, first, FollowUpStatus.PARTLY, "Hann två lektioner av fyra");
        FollowUp done = meetings.details(a.processLeader(), april).followUps().get(0);
        assertThat(done.status()).isEqualTo(FollowUpStatus.PARTLY);
        assertThat(done.comment()).isEqualTo("Hann två lektioner av fyra");
        assertThat(meetings.details(a.processLeader(), april).followUps().get(1).status()).isNull();

        // Followed up: no longer among my open actions; the other one still is.
        assertThat(meetings.myOpenActions(a.member())).extracting(my -> my.action().text())
                .containsExactly("Observera en lektion");
        assertThat(meetings.myOpenActions(a.processLeader())).extracting(my -> my.action().text())
                .containsExactly("Läsa Timperley kapitel 2");
    }

    @Test
    void aMeetingMovedToAnotherDateTakesItsPlaceInTheChainOfFollowUps() {
        MeetingId march = plan(a.processLeader(), today.plusDays(3));
        meetings.addAction(a.member(), march, new NewAction("Pröva exit tickets", a.member(), today.plusDays(30)));
        meetings.addAction(a.member(), march, new NewAction("Läsa Timperley", a.processLeader(), today.plusDays(30)));
        MeetingId april = plan(a.member(), today.plusDays(33));
        String exitTickets = meetings.details(a.member(), april).followUps().get(0).actionId();
        meetings.followUp(a.member(), april, exitTickets, FollowUpStatus.DONE, "Fyra lektioner");
        MeetingId may = plan(a.member(), today.plusDays(63));
        meetings.addAction(a.member(), may, new NewAction("Skugga en kollega", a.member(), today.plusDays(90)));

        // April is postponed until after May: May now follows up March, April follows up May.
        meetings.updateDetails(a.member(), april, new MeetingPlan(today.plusDays(80), LocalTime.of(15, 0),
                LocalTime.of(16, 30), "Aulan"));

        assertThat(meetings.details(a.member(), may).followUps()).extracting(FollowUp::text)
                .as("March's unanswered action; the answered one stays answered in April")
                .containsExactly("Läsa Timperley");
        assertThat(meetings.details(a.member(), may).followUps()).allSatisfy(
                f -> assertThat(f.fromMeeting()).isEqualTo(march));
        List<FollowUp> inApril = meetings.details(a.member(), april).followUps();
        assertThat(inApril).extracting(FollowUp::text).containsExactlyInAnyOrder("Pröva exit tickets",
                "Skugga en kollega");
        assertThat(inApril).filteredOn(f -> f.text().equals("Pröva exit tickets")).singleElement()
                .satisfies(f -> assertThat(f.comment()).isEqualTo("Fyra lektioner"));

        // Moved back again: nothing doubled, nothing answered lost.
        meetings.updateDetails(a.member(), april, new MeetingPlan(today.plusDays(33), LocalTime.of(15, 0),
                LocalTime.of(16, 30), "Aulan"));
        assertThat(meetings.details(a.member(), april).followUps()).extracting(FollowUp::text)
                .containsExactlyInAnyOrder("Pröva exit tickets", "Läsa Timperley");
        assertThat(meetings.details(a.member(), may).followUps()).as("April recorded no actions").isEmpty();
    }

    @Test
    void aMeetingPlannedBetweenTwoOthersFollowsUpTheEarlierOne() {
        MeetingId march = plan(a.processLeader(), today.plusDays(3));
        meetings.addAction(a.member(), march, new NewAction("Pröva exit tickets", a.member(), today.plusDays(30)));
        MeetingId may = plan(a.member(), today.plusDays(63));

        MeetingId april = plan(a.member(), today.plusDays(33));

        assertThat(meetings.details(a.member(), april).followUps()).extracting(FollowUp::text)
                .containsExactly("Pröva exit tickets");
        assertThat(meetings.details(a.member(), may).followUps()).isEmpty();
    }

    @Test
    void anOrganiserSeesDatesAndAttendanceButNotNotesInProgressUntilTheMinutesAreApproved() {
        MeetingId id = plan(a.processLeader(), today);
        meetings.setAttendance(a.member(), id, a.member(), Attendance.PRESENT);
        meetings.setAttendance(a.member(), id, a.processLeader(), Attendance.EXCUSED);
        meetings.saveNotes(a.member(), id, "Åsa berättade om ett misslyckat försök med kollegial handledning.");
        meetings.saveDecisions(a.member(), id, "Vi läser Skolverkets stödmaterial till nästa gång.");
        meetings.addAction(a.member(), id, new NewAction("Pröva lärande samtal med arbetslaget", a.member(), today.plusDays(30)));
        meetings.markHeld(a.member(), id);

        MeetingDetails organiser = meetings.details(a.organiser(), id);
        assertThat(organiser.summary().date()).isEqualTo(today);
        assertThat(organiser.attendance()).extracting(AttendanceRow::name, AttendanceRow::attendance)
                .contains(org.assertj.core.groups.Tuple.tuple("Deltagare A", Attendance.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Processledare A", Attendance.EXCUSED));
        assertThat(organiser.contentVisible()).isFalse();
        assertThat(organiser.notes()).isEmpty();
        assertThat(organiser.decisions()).isEmpty();
        assertThat(organiser.actions()).isEmpty();
        assertThat(organiser.agenda()).isEmpty();
        assertThat(organiser.mayEdit()).isFalse();
        assertThat(meetings.details(world.admin(), id).notes()).isEmpty();
        assertThatThrownBy(() -> meetings.saveNotes(a.organiser(), id, "Samordnarens rad"))
                .isInstanceOf(NotPermittedException.class);

        meetings.approve(a.processLeader(), id);
        MeetingDetails approved = meetings.details(a.organiser(), id);
        assertThat(approved.contentVisible()).isTrue();
        assertThat(approved.notes()).startsWith("Åsa berättade");
        assertThat(approved.actions()).extracting(Action::text).containsExactly("Pröva lärande samtal med arbetslaget");
        assertThat(approved.mayEdit()).isFalse();
    }

    @Test
    void theProgramCanOpenNotesInProgressToItsOrganisers() {
        MeetingId id = plan(a.processLeader(), today);
        meetings.saveNotes(a.member(), id, "Anteckningar under arbete");
        assertThat(programs.notesOpenToOrganisers(a.member(), a.program())).isFalse();

        programs.openNotesToOrganisers(a.organiser(), a.program(), true);

        assertThat(programs.notesOpenToOrganisers(a.member(), a.program())).isTrue();
        assertThat(meetings.details(a.organiser(), id).notes()).isEqualTo("Anteckningar under arbete");
        assertThat(meetings.details(a.organiser(), id).mayEdit()).as("opened for reading, not writing").isFalse();
        MeetingId foreign = meetings.plan(world.b().processLeader(), world.b().team(), plan(today), List.of());
        meetings.saveNotes(world.b().member(), foreign, "Team B:s anteckningar");
        assertThat(meetings.details(world.b().organiser(), foreign).notes())
                .as("another program keeps its default").isEmpty();

        programs.openNotesToOrganisers(a.organiser(), a.program(), false);
        assertThat(meetings.details(a.organiser(), id).notes()).isEmpty();
    }

    @Test
    void approvedMinutesAreReadOnlyExceptForTheProcessLeader() {
        MeetingId id = plan(a.member(), today);
        meetings.saveNotes(a.member(), id, "Första versionen");
        assertThatThrownBy(() -> meetings.approve(a.processLeader(), id)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.validation.state.approved");
        meetings.markHeld(a.member(), id);
        assertThatThrownBy(() -> meetings.approve(a.member(), id)).isInstanceOf(NotPermittedException.class);
        meetings.approve(a.processLeader(), id);

        assertThat(meetings.details(a.member(), id).mayEdit()).isFalse();
        assertThatThrownBy(() -> meetings.saveNotes(a.member(), id, "Ändrat i efterhand"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> meetings.setAttendance(a.member(), id, a.member(), Attendance.ABSENT))
                .isInstanceOf(NotPermittedException.class);

        assertThat(meetings.details(a.processLeader(), id).mayEdit()).isTrue();
        meetings.saveNotes(a.processLeader(), id, "Rättat stavfel");
        assertThat(meetings.details(a.member(), id).notes()).isEqualTo("Rättat stavfel");
        assertThat(meetings.meetingsOf(a.organiser(), a.team())).extracting(MeetingSummary::state)
                .containsExactly(MeetingState.APPROVED);
    }

    @Test
    void liveEventsOfNotesInProgressStayInsideTheTeam() throws Exception {
        MeetingId id = plan(a.processLeader(), today);
        java.util.concurrent.BlockingQueue<se.larteam.live.LiveEvent> member = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.BlockingQueue<se.larteam.live.LiveEvent> organiser = new java.util.concurrent.LinkedBlockingQueue<>();
        // Only changes: the planning event may still be on its way when the subscriptions start.
        try (var m = live.subscribe(a.member(), TeamLive.topic(a.team()), changesInto(member));
                var o = live.subscribe(a.organiser(), TeamLive.topic(a.team()), changesInto(organiser))) {
            meetings.saveNotes(a.processLeader(), id, "Under arbete");
            meetings.setAttendance(a.processLeader(), id, a.member(), Attendance.PRESENT);

            se.larteam.live.LiveEvent notes = member.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            se.larteam.live.LiveEvent attendance = member.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(List.of(notes, attendance)).allSatisfy(e -> {
                assertThat(e.kind()).isEqualTo(MeetingService.CHANGED);
                assertThat(e.data()).containsEntry("meetingId", id.value()).doesNotContainValue("Under arbete");
            });
            // Delivered in order on one watcher thread: the organiser's first event is the attendance change.
            se.larteam.live.LiveEvent first = organiser.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first).isNotNull().extracting(se.larteam.live.LiveEvent::id).isEqualTo(attendance.id());
            assertThat(organiser).isEmpty();
        }
    }

    @Test
    void readersAndOutsidersSeeNothingOfTheTeamsMeetings() {
        MeetingId id = plan(a.processLeader(), today);
        for (UserId nobody : List.of(a.reader(), world.outsider(), world.b().member(), world.b().processLeader())) {
            assertThatThrownBy(() -> meetings.details(nobody, id)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> meetings.meetingsOf(nobody, a.team())).isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void badInputIsRefusedWithAMessageForTheField() {
        MeetingPlan endsBeforeStart = new MeetingPlan(today, LocalTime.of(15, 0), LocalTime.of(13, 0), "Rum 4");
        refused(() -> meetings.plan(a.member(), a.team(), endsBeforeStart, List.of()), "end",
                "validation.end-before-start-time");
        refused(() -> meetings.plan(a.member(), a.team(), new MeetingPlan(null, LocalTime.of(13, 0),
                LocalTime.of(15, 0), ""), List.of()), "date", "meeting.validation.date");
        refused(() -> meetings.plan(a.member(), a.team(), plan(today), List.of("Inledning", "  ")), "agenda.1",
                "meeting.validation.agenda-empty");

        MeetingId id = plan(a.member(), today);
        refused(() -> meetings.addAction(a.member(), id, new NewAction(" ", a.member(), today)), "text",
                "meeting.validation.action-text");
        refused(() -> meetings.addAction(a.member(), id, new NewAction("Pröva", null, today)), "owner",
                "meeting.validation.action-owner");
        refused(() -> meetings.addAction(a.member(), id, new NewAction("Pröva", world.b().member(), today)), "owner",
                "meeting.validation.owner-not-member");
        refused(() -> meetings.setAttendance(a.member(), id, a.reader(), Attendance.PRESENT), "attendance",
                "meeting.validation.owner-not-member");
        refused(() -> meetings.setAgenda(a.member(), id, List.of(AgendaItem.of(""))), "agenda.0",
                "meeting.validation.agenda-empty");
        assertThat(meetings.meetingsOf(a.member(), a.team())).hasSize(1);
    }

    @Test
    void aDueDateMayNotLieInThePastByTheServiceClock() {
        MutableClock fixed = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
        MeetingService atTenthOfMarch = new MeetingService(mongo, teams, programs, users, events, fixed, export, readings,
                approvals);
        MeetingId id = atTenthOfMarch.plan(a.member(), a.team(), plan(LocalDate.of(2026, 3, 12)), List.of());

        refused(() -> atTenthOfMarch.addAction(a.member(), id,
                new NewAction("Pröva", a.member(), LocalDate.of(2026, 3, 9))), "due", "meeting.validation.due-in-past");
        atTenthOfMarch.addAction(a.member(), id, new NewAction("Pröva", a.member(), LocalDate.of(2026, 3, 10)));

        // Minutes written afterwards: a promise may fall due before today, never before the meeting.
        fixed.advance(java.time.Duration.ofDays(30));
        atTenthOfMarch.addAction(a.member(), id, new NewAction("Sent nedskrivet", a.member(), LocalDate.of(2026, 3, 20)));
        refused(() -> atTenthOfMarch.addAction(a.member(), id,
                new NewAction("Före mötet", a.member(), LocalDate.of(2026, 3, 11))), "due", "meeting.validation.due-in-past");
        assertThat(atTenthOfMarch.details(a.member(), id).actions()).extracting(Action::text)
                .containsExactly("Pröva", "Sent nedskrivet");
    }

    @Test
    void aNewMeetingOffersTheProgramsTemplateOrTheLearningConversation() {
        assertThat(meetings.agendaTemplate(a.member(), a.program())).hasSize(6)
                .first().asString().startsWith("Uppföljning");
        meetings.setAgendaTemplate(a.organiser(), a.program(), List.of("Incheckning", "Dagens text", "Till nästa gång"));
        assertThat(meetings.agendaTemplate(a.processLeader(), a.program()))
                .containsExactly("Incheckning", "Dagens text", "Till nästa gång");
        assertThat(meetings.agendaTemplate(world.b().member(), world.b().program())).hasSize(6);
        assertThatThrownBy(() -> meetings.setAgendaTemplate(a.processLeader(), a.program(), List.of("Eget")))
                .isInstanceOf(NotPermittedException.class);
    }

    private static se.larteam.live.LiveListener changesInto(java.util.Collection<se.larteam.live.LiveEvent> events) {
        return event -> {
            if (event.kind().equals(MeetingService.CHANGED)) {
                events.add(event);
            }
        };
    }

    private MeetingId plan(UserId actor, LocalDate date) {
        return meetings.plan(actor, a.team(), plan(date), List.of("Uppföljning", "Dagens tema"));
    }

    private static MeetingPlan plan(LocalDate date) {
        return new MeetingPlan(date, LocalTime.of(13, 0), LocalTime.of(15, 30), "Rum Ängen");
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        Consumer<Throwable> check = e -> {
            assertThat(((InvalidInputException) e).field()).isEqualTo(field);
            assertThat(((InvalidInputException) e).messageKey()).isEqualTo(key);
        };
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).satisfies(check);
    }
}
