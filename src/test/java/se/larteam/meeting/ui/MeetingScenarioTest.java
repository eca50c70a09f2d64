package se.larteam.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.RouteParameters;

import se.larteam.meeting.Action;
import se.larteam.meeting.Attendance;
import se.larteam.meeting.AttendanceRow;
import se.larteam.meeting.FollowUp;
import se.larteam.meeting.FollowUpStatus;
import se.larteam.collab.CollabEditor;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MeetingState;
import se.larteam.meeting.NewAction;
import se.larteam.team.TeamLinks;
import se.larteam.team.TeamRole;
import se.larteam.testing.KaribuTest;
import se.larteam.testing.World;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;

/**
 * Scenario 2 through the pages, as its people do it: the process leader plans the meeting with an agenda, a member
 * marks attendance, writes notes and records what everyone will try; the process leader marks it held and approves
 * it; next month's meeting opens with those actions to follow up. Also: a second member's open page follows live
 * without losing what she types, and the organiser sees no notes in progress.
 */
class MeetingScenarioTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    Clock clock;

    private World world;
    private World.Side a;
    private UserId asa;
    private LocalDate today;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        a = world.a();
        asa = TestAccounts.person(users, "Åsa Öberg").id();
        teams.putMember(a.organiser(), a.team(), asa, TeamRole.MEMBER);
        today = LocalDate.now(clock);
    }

    @Test
    void aTeamLogsTwoMonthsOfMeetings() {
        // The process leader plans this month's meeting from the team page, starting from the template.
        login(a.processLeader());
        UI.getCurrent().navigate(TeamLinks.team(a.team()));
        Anchor plan = _get(Anchor.class, spec -> spec.withText("Planera ett möte"));
        UI.getCurrent().navigate(plan.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Planera möte i Lärteam A");
        assertThat(field("Punkt 1").getValue()).startsWith("Uppföljning");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Datum")), today);
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Starttid")), LocalTime.of(13, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Sluttid")), LocalTime.of(12, 0));
        _setValue(field("Plats eller länk"), "Rum Ängen, Norrbackaskolan");
        clickAria("Ta bort Hur gick samtalet? Kort utvärdering");
        _click(_get(Button.class, spec -> spec.withText("Lägg till punkt")));
        _setValue(field("Punkt 6"), "Läsning: Timperley om det professionella lärandets cykel");
        clickAria("Flytta upp Läsning: Timperley om det professionella lärandets cykel");
        _click(_get(Button.class, spec -> spec.withText("Planera mötet")));

        TimePicker end = _get(TimePicker.class, spec -> spec.withLabel("Sluttid"));
        assertThat(end.getErrorMessage()).isEqualTo("Sluttiden måste ligga efter starttiden.");
        assertThat(field("Plats eller länk").getValue()).as("kept").isEqualTo("Rum Ängen, Norrbackaskolan");
        assertThat(field("Punkt 5").getValue()).as("kept").startsWith("Läsning: Timperley");
        _setValue(end, LocalTime.of(15, 30));
        _click(_get(Button.class, spec -> spec.withText("Planera mötet")));

        assertThat(_get(H1.class).getText()).startsWith("Möte ");
        MeetingId march = meetings.meetingsOf(a.processLeader(), a.team()).get(0).id();
        assertThat(meetings.details(a.processLeader(), march).agenda()).hasSize(6)
                .element(4).extracting(item -> item.text()).asString().startsWith("Läsning: Timperley");

        // A member marks attendance, writes the notes and records what each will try.
        login(a.member());
        openMeeting(march);
        _setValue(attendanceOf("Deltagare A"), Attendance.PRESENT);
        _setValue(attendanceOf("Åsa Öberg"), Attendance.PRESENT);
        _setValue(attendanceOf("Processledare A"), Attendance.EXCUSED);
        // The notes are co-edited in the browser (BrowserCoEditingTest types in them); here: what the editor opens.
        CollabEditor notes = _get(CollabEditor.class, spec -> spec.withId("meeting-notes"));
        assertThat(notes.getDocumentName()).isEqualTo("meeting-notes:" + march.value());
        assertThat(notes.getLabel()).isEqualTo("Anteckningar");
        assertThat(notes.getUserName()).isEqualTo("Deltagare A");
        assertThat(notes.getUserColour()).startsWith("#");
        assertThat(notes.getStateText(CollabEditor.SaveState.SAVED)).isEqualTo("Sparat");
        assertThat(notes.getStateText(CollabEditor.SaveState.OFFLINE))
                .isEqualTo("Offline – ändringar sparas när anslutningen är tillbaka");
        assertThat(notes.isReadOnly()).isFalse();

        _setValue(field("Vad ska prövas i praktiken?"), "Pröva exit tickets i årskurs 8");
        chooseOwner("Åsa Öberg");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Klart senast")), today.minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Lägg till åtagande")));
        DatePicker due = _get(DatePicker.class, spec -> spec.withLabel("Klart senast"));
        assertThat(due.getErrorMessage()).isEqualTo("Datumet har redan passerat. Välj " + today + " eller senare.");
        assertThat(field("Vad ska prövas i praktiken?").getValue()).as("kept").isEqualTo("Pröva exit tickets i årskurs 8");
        _setValue(due, today.plusDays(28));
        _click(_get(Button.class, spec -> spec.withText("Lägg till åtagande")));
        assertThat(pageText()).contains("Pröva exit tickets i årskurs 8 – Åsa Öberg, senast " + today.plusDays(28));
        assertThat(field("Vad ska prövas i praktiken?").getValue()).as("ready for the next one").isEmpty();

        var stored = meetings.details(a.member(), march);
        assertThat(stored.attendance()).extracting(AttendanceRow::name, AttendanceRow::attendance).contains(
                org.assertj.core.groups.Tuple.tuple("Åsa Öberg", Attendance.PRESENT),
                org.assertj.core.groups.Tuple.tuple("Processledare A", Attendance.EXCUSED));
        assertThat(stored.actions()).extracting(Action::text).containsExactly("Pröva exit tickets i årskurs 8");
        _assertNone(Button.class, spec -> spec.withText("Godkänn anteckningar"));

        // The process leader marks the meeting held and approves the minutes; the member can no longer change them.
        login(a.processLeader());
        openMeeting(march);
        _click(_get(Button.class, spec -> spec.withText("Markera som genomfört")));
        _click(_get(Button.class, spec -> spec.withText("Godkänn anteckningar")));
        assertThat(meetings.details(a.member(), march).summary().state()).isEqualTo(MeetingState.APPROVED);
        assertThat(pageText()).contains("Godkända anteckningar");
        login(a.member());
        openMeeting(march);
        // The approved minutes read as a document (no fields); the notes stay the co-edited document, read-only.
        _assertNone(TextArea.class);
        _assertNone(Button.class, spec -> spec.withText("Lägg till åtagande"));
        assertThat(_get(ReadOnlyMinutes.class).getElement().getTextRecursively())
                .contains("Pröva exit tickets i årskurs 8 – Åsa Öberg", "Närvarande", "Anmält förhinder");
        assertThat(_get(CollabEditor.class).isReadOnly()).as("approved minutes: process leaders only").isTrue();
        login(a.processLeader());
        openMeeting(march);
        assertThat(_get(CollabEditor.class).isReadOnly()).isFalse();

        // Åsa's commitment is on her own list.
        login(asa);
        UI.getCurrent().navigate(MyActionsView.class);
        assertThat(_get(MyActionsView.class).getElement().getTextRecursively())
                .contains("Pröva exit tickets i årskurs 8 – senast " + today.plusDays(28));

        // Next month: the meeting opens with last month's actions; Åsa follows hers up.
        MeetingId april = meetings.plan(a.processLeader(), a.team(), new MeetingPlan(today.plusDays(30),
                LocalTime.of(13, 0), LocalTime.of(15, 30), "Rum Ängen"), List.of("Uppföljning"));
        openMeeting(april);
        assertThat(pageText()).contains("Pröva exit tickets i årskurs 8 (Åsa Öberg, från mötet");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Hur gick det: Pröva exit tickets i årskurs 8")),
                FollowUpStatus.PARTLY);
        _setValue(field("Kommentar: Pröva exit tickets i årskurs 8"), "Två klasser av tre; eleverna gillade det");
        clickAria("Spara uppföljningen av Pröva exit tickets i årskurs 8");

        FollowUp followUp = meetings.details(asa, april).followUps().get(0);
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.PARTLY);
        assertThat(followUp.comment()).isEqualTo("Två klasser av tre; eleverna gillade det");
        UI.getCurrent().navigate(MyActionsView.class);
        assertThat(_get(MyActionsView.class).getElement().getTextRecursively())
                .contains("Du har inga öppna åtaganden just nu.");

        // The team page lists both meetings: one upcoming, one past... or both upcoming today; both are listed.
        UI.getCurrent().navigate(TeamLinks.team(a.team()));
        assertThat(_find(com.vaadin.flow.router.RouterLink.class)).extracting(l -> l.getText())
                .anyMatch(text -> text.contains("Rum Ängen, Norrbackaskolan"))
                .anyMatch(text -> text.contains("Rum Ängen") && !text.contains("Norrbackaskolan"));
    }

    @Test
    void aSecondMembersOpenPageFollowsLiveAndKeepsWhatSheIsTyping() throws Exception {
        MeetingId id = meetings.plan(a.processLeader(), a.team(), new MeetingPlan(today, LocalTime.of(13, 0),
                LocalTime.of(15, 0), "Digitalt"), List.of("Dagens tema"));
        login(asa);
        openMeeting(id);
        CollabEditor notes = _get(CollabEditor.class);
        TextArea decisions = _get(TextArea.class, spec -> spec.withLabel("Beslut"));
        _setValue(decisions, "Mitt utkast, inte sparat");

        meetings.addAction(a.member(), id, new NewAction("Läsa Skolverkets stödmaterial", a.member(), today.plusDays(20)));
        meetings.setAttendance(a.member(), id, asa, Attendance.PRESENT);

        awaitUi(() -> {
            assertThat(pageText()).contains("Läsa Skolverkets stödmaterial – Deltagare A");
            assertThat(attendanceOf("Åsa Öberg").getValue()).isEqualTo(Attendance.PRESENT);
        });
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beslut")).getValue())
                .isEqualTo("Mitt utkast, inte sparat");
        assertThat(_get(CollabEditor.class)).as("the live editor is not rebuilt by a refresh").isSameAs(notes);

        // Someone saves decisions while she is typing: her text stays, and she is told.
        meetings.saveDecisions(a.member(), id, "Vi byter till digitala träffar i vår.");
        awaitUi(() -> assertThat(_get(TextArea.class, spec -> spec.withLabel("Beslut")).getHelperText())
                .startsWith("Någon annan har sparat"));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beslut")).getValue())
                .isEqualTo("Mitt utkast, inte sparat");
    }

    @Test
    void anOrganiserOpeningAMeetingSeesNoNotesInProgress() {
        MeetingId id = meetings.plan(a.processLeader(), a.team(), new MeetingPlan(today, LocalTime.of(13, 0),
                LocalTime.of(15, 0), "Digitalt"), List.of("Hemlig punkt"));
        meetings.setAttendance(a.member(), id, a.member(), Attendance.PRESENT);
        meetings.saveNotes(a.member(), id, "Känsligt: Åsa berättade om en konflikt i arbetslaget");

        login(a.organiser());
        UI.getCurrent().navigate(TeamLinks.team(a.team()));
        assertThat(_find(com.vaadin.flow.router.RouterLink.class)).as("the team space lists the meeting")
                .anyMatch(link -> link.getText().contains("Digitalt"));
        _assertNone(Anchor.class, spec -> spec.withText("Planera ett möte"));
        openMeeting(id);
        assertThat(pageText()).doesNotContain("Känsligt").doesNotContain("Hemlig punkt")
                .contains("Lärteamet är ett tryggt rum");
        _assertNone(CollabEditor.class);
        assertThat(_get(Anchor.class, spec -> spec.withText("Ladda ner som PDF")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withText("Ladda ner som Markdown")).getHref()).isNotBlank();
        String minutes = _get(ReadOnlyMinutes.class).getElement().getTextRecursively();
        assertThat(minutes).contains("Närvarande", "Deltagare A").doesNotContain("Känsligt", "Hemlig punkt");
        _assertNone(RadioButtonGroup.class);

        meetings.markHeld(a.member(), id);
        meetings.approve(a.processLeader(), id);
        openMeeting(id);
        assertThat(_get(ReadOnlyMinutes.class).getElement().getTextRecursively()).contains("Hemlig punkt");
        CollabEditor notes = _get(CollabEditor.class);
        assertThat(notes.getDocumentName()).isEqualTo("meeting-notes:" + id.value());
        assertThat(notes.isReadOnly()).isTrue();
        _assertNone(TextArea.class);
    }

    @Test
    void aReaderCannotOpenTheTeamsMeeting() {
        MeetingId id = meetings.plan(a.processLeader(), a.team(), new MeetingPlan(today, LocalTime.of(13, 0),
                LocalTime.of(15, 0), "Digitalt"), List.of("Dagens tema"));
        login(a.reader());
        openMeeting(id);
        assertThat(_get(H1.class).getText()).isEqualTo("Mötet kan inte visas");
        UI.getCurrent().navigate(PlanMeetingView.address(a.team()));
        assertThat(_get(H1.class).getText()).isEqualTo("Mötet kan inte visas");
    }

    @Test
    void someoneJoiningTheTeamWhileTheMeetingIsOpenCanBeGivenAnAction() throws Exception {
        MeetingId id = meetings.plan(a.processLeader(), a.team(), new MeetingPlan(today, LocalTime.of(13, 0),
                LocalTime.of(15, 0), "Digitalt"), List.of("Dagens tema"));
        login(a.member());
        openMeeting(id);
        @SuppressWarnings("unchecked")
        Select<AttendanceRow> owner = _get(Select.class, spec -> spec.withLabel("Vem"));
        _setValue(owner, owner.getListDataView().getItems()
                .filter(row -> row.name().equals("Åsa Öberg")).findFirst().orElseThrow());

        UserId bo = TestAccounts.person(users, "Bo Ek").id();
        teams.putMember(a.organiser(), a.team(), bo, TeamRole.MEMBER);

        awaitUi(() -> assertThat(owner.getListDataView().getItems().map(AttendanceRow::name))
                .contains("Bo Ek", "Åsa Öberg"));
        assertThat(owner.getValue().name()).as("her choice is kept").isEqualTo("Åsa Öberg");
    }

    private static void openMeeting(MeetingId id) {
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MeetingView.PARAMETER, id.value()));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Attendance> attendanceOf(String name) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(name));
    }

    @SuppressWarnings("unchecked")
    private static void chooseOwner(String name) {
        Select<AttendanceRow> owner = _get(Select.class, spec -> spec.withLabel("Vem"));
        _setValue(owner, owner.getListDataView().getItems().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
    }

    private static void clickAria(String label) {
        _click(_get(Button.class, spec -> spec.withPredicate(b -> label.equals(b.getAriaLabel().orElse(null)))));
    }

    private static String pageText() {
        return _get(MeetingView.class).getElement().getTextRecursively();
    }
}
