package se.larteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;

import se.larteam.base.NotPermittedException;
import se.larteam.calendar.CalendarService;
import se.larteam.collab.CollabHistoryService;
import se.larteam.collab.CollabLinks;
import se.larteam.collab.CollabService;
import se.larteam.invitation.InvitationService;
import se.larteam.mail.MailService;
import se.larteam.live.LiveUpdates;
import se.larteam.live.Presence;
import se.larteam.meeting.Action;
import se.larteam.meeting.AgendaItem;
import se.larteam.meeting.Attendance;
import se.larteam.meeting.FollowUpStatus;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.NewAction;
import se.larteam.notification.NotificationService;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.program.ProgramDetails;
import se.larteam.program.ProgramLive;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.program.ProgramSession;
import se.larteam.reading.Evidence;
import se.larteam.reading.LibrarySearch;
import se.larteam.reading.ReadingDraft;
import se.larteam.reading.ReadingFilter;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingService;
import se.larteam.reading.TestPdfs;
import se.larteam.roster.RosterImport;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.NewUser;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Every public method of every service, for every role, against the actor's own program or team and a foreign one:
 * allowed or refused with {@link NotPermittedException}. A public service method without a row (or a reasoned
 * exemption) fails {@link #everyPublicServiceMethodHasARow()}, so each new feature extends this table.
 */
@SpringBootTest
class AccessMatrixTest {

    enum Role { ADMIN, ORGANISER, PROCESS_LEADER, MEMBER, READER, OUTSIDER }

    /** {@code SELF}: the method acts on the actor's own things only, so there is no foreign target to try. */
    enum Scope { SELF, TARGETED }

    record Services(UserService users, ProgramService programs, TeamService teams, LiveUpdates live,
            Presence presence, RosterImport roster, CalendarService calendar, InvitationService invitations,
            MailService mail, MeetingService meetings, ReadingService readings, CollabService collab,
            ReflectionService reflections, NotificationService notifications, CollabHistoryService history) {
    }

    @FunctionalInterface
    interface Call {
        void invoke(Services services, UserId actor, World.Side target);
    }

    /** {@code adminReachesForeign}: false for a team's safe room, which not even an administrator enters. */
    record Row(String method, Scope scope, Set<Role> allowed, Call call, boolean adminReachesForeign) {
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.ADMIN, Role.ORGANISER);
    /** Inside the team's safe room: its members and process leaders. */
    private static final Set<Role> INSIDE = EnumSet.of(Role.PROCESS_LEADER, Role.MEMBER);
    private static final Set<Role> SEE_TEAM = EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER);
    private static final Set<Role> IN_PROGRAM = EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER,
            Role.MEMBER, Role.READER);
    /** Who curates a program's library: its organisers and process leaders, and administrators. */
    private static final Set<Role> CURATORS = EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER);
    private static final ReadingDraft READING = new ReadingDraft("Kollegialt lärande", List.of("Helen Timperley"),
            2013, ReadingKind.REPORT, "Skolverket", "10.1234/abc", "https://www.skolverket.se", "sv", "Sammanfattning",
            List.of("kollegialt lärande"), Evidence.RESEARCH, List.of("Vad prövar vi?"));
    private static final byte[] PDF = TestPdfs.withText("Skolutveckling");
    private static final byte[] RIS = "TY  - JOUR\nTI  - Importerad\nPY  - 2020\nER  -\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] ROSTER = ("Namn;E-post;Titel;Skola\nNy Rektor;ny.rektor." + System.nanoTime()
            + "@test.example;Rektor;Nyskolan\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final ProgramDetails DETAILS = new ProgramDetails("Nytt namn", "Kommunen", "",
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    static final List<Row> ROWS = List.of(
            // user
            self("UserService.createUser", EnumSet.of(Role.ADMIN),
                    (s, actor, t) -> s.users().createUser(actor, newUser(), "ett-bra-lösenord")),
            self("UserService.profile", EVERYONE, (s, actor, t) -> s.users().profile(actor)),
            self("UserService.changeLanguage", EVERYONE, (s, actor, t) -> s.users().changeLanguage(actor, Locale.ENGLISH)),
            // program
            self("ProgramService.create", EnumSet.of(Role.ADMIN), (s, actor, t) -> s.programs().create(actor, DETAILS)),
            self("ProgramService.myPrograms", EVERYONE, (s, actor, t) -> s.programs().myPrograms(actor)),
            targeted("ProgramService.get",
                    EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER, Role.READER),
                    (s, actor, t) -> s.programs().get(actor, t.program())),
            targeted("ProgramService.update", MANAGERS, (s, actor, t) -> s.programs().update(actor, t.program(), DETAILS)),
            targeted("ProgramService.addPerson", MANAGERS,
                    (s, actor, t) -> s.programs().addPerson(actor, t.program(), t.spare(), ProgramRole.READER)),
            targeted("ProgramService.removePerson", MANAGERS,
                    (s, actor, t) -> s.programs().removePerson(actor, t.program(), t.reader(), ProgramRole.READER)),
            // team
            self("TeamService.myTeams", EVERYONE, (s, actor, t) -> s.teams().myTeams(actor)),
            self("TeamService.ledTeams", EVERYONE, (s, actor, t) -> s.teams().ledTeams(actor)),
            targeted("TeamService.create", MANAGERS, (s, actor, t) -> s.teams().create(actor, t.program(), "Nytt lärteam")),
            targeted("TeamService.rename", MANAGERS, (s, actor, t) -> s.teams().rename(actor, t.team(), "Nytt namn")),
            targeted("TeamService.putMember", MANAGERS,
                    (s, actor, t) -> s.teams().putMember(actor, t.team(), t.spare(), TeamRole.MEMBER)),
            targeted("TeamService.removeMember", MANAGERS,
                    (s, actor, t) -> s.teams().removeMember(actor, t.team(), t.member())),
            targeted("TeamService.details", EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER),
                    (s, actor, t) -> s.teams().details(actor, t.team())),
            targeted("TeamService.teamsOf", MANAGERS, (s, actor, t) -> s.teams().teamsOf(actor, t.program())),
            targeted("TeamService.putMembers", MANAGERS,
                    (s, actor, t) -> s.teams().putMembers(actor, t.team(), List.of(t.spare()), TeamRole.MEMBER)),
            targeted("ProgramService.sessions",
                    EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER, Role.READER),
                    (s, actor, t) -> s.programs().sessions(actor, t.program())),
            targeted("ProgramService.addSession", MANAGERS, (s, actor, t) -> s.programs().addSession(actor, t.program(),
                    new ProgramSession(null, LocalDate.of(2026, 1, 20), LocalTime.of(9, 0), LocalTime.of(12, 0), "Digitalt", ""))),
            targeted("ProgramService.removeSession", MANAGERS,
                    (s, actor, t) -> s.programs().removeSession(actor, t.program(), "no-such-session")),
            targeted("ProgramService.addPeople", MANAGERS,
                    (s, actor, t) -> s.programs().addPeople(actor, t.program(), List.of(t.spare()), ProgramRole.READER)),
            targeted("ProgramService.people", MANAGERS, (s, actor, t) -> s.programs().people(actor, t.program())),
            targeted("TeamService.teamsWithMembers", MANAGERS,
                    (s, actor, t) -> s.teams().teamsWithMembers(actor, t.program())),
            targeted("TeamService.moveMembers", MANAGERS,
                    (s, actor, t) -> s.teams().moveMembers(actor, t.team(), t.team(), List.of(t.member()))),
            // roster
            targeted("RosterImport.addToProgram", MANAGERS, (s, actor, t) -> s.roster().addToProgram(actor, t.program(),
                    new NewUser("läsare." + System.nanoTime() + "@test.example", "Ny Läsare", "Lärare", "Skolan"),
                    ProgramRole.READER)),
            targeted("RosterImport.removeFromProgram", MANAGERS,
                    (s, actor, t) -> s.roster().removeFromProgram(actor, t.program(), t.reader())),
            targeted("RosterImport.addPerson", MANAGERS, (s, actor, t) -> s.roster().addPerson(actor, t.program(),
                    new NewUser("en.till." + System.nanoTime() + "@test.example", "En Till", "Rektor", "Skolan"), "",
                    TeamRole.MEMBER)),
            targeted("RosterImport.target", MANAGERS, (s, actor, t) -> s.roster().target(actor, t.program())),
            targeted("RosterImport.preview", MANAGERS, (s, actor, t) -> s.roster().preview(actor, t.program(), ROSTER)),
            targeted("RosterImport.importRoster", MANAGERS,
                    (s, actor, t) -> s.roster().importRoster(actor, t.program(), ROSTER, (done, total) -> { })),
            // invitations: organisers invite the people of their own programs
            targeted("InvitationService.overview", MANAGERS, (s, actor, t) -> s.invitations().overview(actor, t.program())),
            targeted("InvitationService.inviteAll", MANAGERS, (s, actor, t) -> s.invitations().inviteAll(actor, t.program())),
            targeted("InvitationService.invite", MANAGERS,
                    (s, actor, t) -> s.invitations().invite(actor, t.program(), t.member())),
            // the public pages: the link, or an address answered alike whether known or not, is all they pass, so
            // anyone (signed in or not) may call them; what they reveal and do is tested in InvitationServiceTest
            self("InvitationService.validity", EVERYONE, (s, actor, t) -> s.invitations().validity()),
            self("InvitationService.holder", EVERYONE, (s, actor, t) -> s.invitations().holder("not-a-real-link")),
            self("InvitationService.requestReset", EVERYONE,
                    (s, actor, t) -> s.invitations().requestReset("nobody." + System.nanoTime() + "@test.example")),
            self("InvitationService.setPassword", EnumSet.noneOf(Role.class),
                    (s, actor, t) -> s.invitations().setPassword("A".repeat(43), "ett-bra-lösenord", "ett-bra-lösenord")),
            // mail
            self("MailService.outbox", EnumSet.of(Role.ADMIN), (s, actor, t) -> s.mail().outbox(actor)),
            // live updates: following a topic is reading it
            targeted("LiveUpdates.subscribe", EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER),
                    (s, actor, t) -> s.live().subscribe(actor, TeamLive.topic(t.team()), event -> { }).close()),
            targeted("LiveUpdates.subscribe",
                    EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER, Role.READER),
                    (s, actor, t) -> s.live().subscribe(actor, ProgramLive.topic(t.program()), event -> { }).close()),
            targeted("Presence.join", EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER),
                    (s, actor, t) -> s.presence().join(actor, TeamLive.topic(t.team())).leave()),
            targeted("Presence.whoIsHere", EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER),
                    (s, actor, t) -> s.presence().whoIsHere(actor, TeamLive.topic(t.team()))),
            // calendar: each person their own feed link and entries; there is no way to name someone else's
            self("CalendarService.link", EVERYONE, (s, actor, t) -> s.calendar().link(actor)),
            self("CalendarService.createOrReplaceLink", EVERYONE, (s, actor, t) -> s.calendar().createOrReplaceLink(actor)),
            self("CalendarService.revokeLink", EVERYONE, (s, actor, t) -> s.calendar().revokeLink(actor)),
            self("CalendarService.upcoming", EVERYONE, (s, actor, t) -> s.calendar().upcoming(actor)),
            // program settings for the safe room
            targeted("ProgramService.notesOpenToOrganisers", IN_PROGRAM,
                    (s, actor, t) -> s.programs().notesOpenToOrganisers(actor, t.program())),
            targeted("ProgramService.openNotesToOrganisers", MANAGERS,
                    (s, actor, t) -> s.programs().openNotesToOrganisers(actor, t.program(), true)),
            // meetings: inside the team's safe room to change, everyone who may see the team to read the frame
            targeted("MeetingService.plan", INSIDE, (s, actor, t) -> s.meetings().plan(actor, t.team(),
                    new MeetingPlan(LocalDate.now(), LocalTime.of(13, 0), LocalTime.of(15, 0), ""), List.of("Inledning"))),
            targeted("MeetingService.updateDetails", INSIDE, (s, actor, t) -> s.meetings().updateDetails(actor,
                    World.meeting(s.meetings(), t), new MeetingPlan(LocalDate.now(), LocalTime.of(9, 0), LocalTime.of(11, 0), "Digitalt"))),
            targeted("MeetingService.meetingsOf", SEE_TEAM, (s, actor, t) -> s.meetings().meetingsOf(actor, t.team())),
            targeted("MeetingService.details", SEE_TEAM,
                    (s, actor, t) -> s.meetings().details(actor, World.meeting(s.meetings(), t))),
            targeted("MeetingService.setAgenda", INSIDE, (s, actor, t) -> s.meetings().setAgenda(actor,
                    World.meeting(s.meetings(), t), List.of(AgendaItem.of("Ny punkt")))),
            targeted("MeetingService.setAttendance", INSIDE, (s, actor, t) -> s.meetings().setAttendance(actor,
                    World.meeting(s.meetings(), t), t.member(), Attendance.PRESENT)),
            targeted("MeetingService.saveNotes", INSIDE,
                    (s, actor, t) -> s.meetings().saveNotes(actor, World.meeting(s.meetings(), t), "Anteckningar")),
            targeted("MeetingService.saveDecisions", INSIDE,
                    (s, actor, t) -> s.meetings().saveDecisions(actor, World.meeting(s.meetings(), t), "Beslut")),
            targeted("MeetingService.addAction", INSIDE, (s, actor, t) -> s.meetings().addAction(actor,
                    World.meeting(s.meetings(), t), new NewAction("Pröva", t.member(), LocalDate.now().plusDays(7)))),
            targeted("MeetingService.removeAction", INSIDE,
                    (s, actor, t) -> s.meetings().removeAction(actor, World.meeting(s.meetings(), t), "no-such-action")),
            targeted("MeetingService.followUp", INSIDE, (s, actor, t) -> {
                MeetingId first = World.meeting(s.meetings(), t);
                Action action = s.meetings().addAction(t.processLeader(), first,
                        new NewAction("Pröva", t.member(), LocalDate.now().plusDays(7)));
                MeetingId next = s.meetings().plan(t.processLeader(), t.team(), new MeetingPlan(LocalDate.now().plusDays(30),
                        LocalTime.of(13, 0), LocalTime.of(15, 0), ""), List.of());
                s.meetings().followUp(actor, next, action.id(), FollowUpStatus.DONE, "Gick bra");
            }),
            targeted("MeetingService.markHeld", INSIDE,
                    (s, actor, t) -> s.meetings().markHeld(actor, World.meeting(s.meetings(), t))),
            targeted("MeetingService.approve", EnumSet.of(Role.PROCESS_LEADER),
                    (s, actor, t) -> s.meetings().approve(actor, World.heldMeeting(s.meetings(), t))),
            self("MeetingService.myOpenActions", EVERYONE, (s, actor, t) -> s.meetings().myOpenActions(actor)),
            targeted("MeetingService.minutesMarkdown", SEE_TEAM, (s, actor, t) -> s.meetings().minutesMarkdown(actor,
                    World.meeting(s.meetings(), t), Locale.forLanguageTag("sv"))),
            targeted("MeetingService.minutesPdf", SEE_TEAM, (s, actor, t) -> s.meetings().minutesPdf(actor,
                    World.meeting(s.meetings(), t), Locale.forLanguageTag("sv"))),
            targeted("MeetingService.agendaTemplate", IN_PROGRAM,
                    (s, actor, t) -> s.meetings().agendaTemplate(actor, t.program())),
            targeted("MeetingService.setAgendaTemplate", MANAGERS,
                    (s, actor, t) -> s.meetings().setAgendaTemplate(actor, t.program(), List.of("Incheckning"))),
            // "discussed at": for whoever may see the reading; the list then holds only meetings they may see
            insideTeam("MeetingService.discussedAt", (s, actor, t) -> s.meetings().discussedAt(actor, teamReading(s, t))),
            targeted("MeetingService.discussedAt", IN_PROGRAM,
                    (s, actor, t) -> s.meetings().discussedAt(actor, libraryReading(s, t))),
            // readings: a team's own ones stay in the team (safe room); the library is the whole program's
            insideTeam("ReadingService.addToTeam", (s, actor, t) -> s.readings().addToTeam(actor, t.team(), READING)),
            insideTeam("ReadingService.get", (s, actor, t) -> s.readings().get(actor, teamReading(s, t))),
            insideTeam("ReadingService.update",
                    (s, actor, t) -> s.readings().update(actor, teamReading(s, t), READING)),
            insideTeam("ReadingService.delete", (s, actor, t) -> s.readings().delete(actor, teamReading(s, t))),
            insideTeam("ReadingService.addNote",
                    (s, actor, t) -> s.readings().addNote(actor, teamReading(s, t), null, "En tanke")),
            insideTeam("ReadingService.teamReadings", (s, actor, t) -> s.readings().teamReadings(actor, t.team())),
            insideTeam("ReadingService.attachPdf",
                    (s, actor, t) -> s.readings().attachPdf(actor, teamReading(s, t), "text.pdf", PDF)),
            insideTeam("ReadingService.removePdf", (s, actor, t) -> s.readings().removePdf(actor, teamReading(s, t))),
            insideTeam("ReadingService.pdf", (s, actor, t) -> s.readings().pdf(actor, teamReadingWithPdf(s, t))),
            insideTeam("ReadingService.thumbnail",
                    (s, actor, t) -> s.readings().thumbnail(actor, teamReadingWithPdf(s, t))),
            new Row("ReadingService.share", Scope.TARGETED, EnumSet.of(Role.PROCESS_LEADER),
                    (s, actor, t) -> s.readings().share(actor, teamReading(s, t)), false),
            targeted("ReadingService.addToLibrary", CURATORS,
                    (s, actor, t) -> s.readings().addToLibrary(actor, t.program(), READING)),
            targeted("ReadingService.get", IN_PROGRAM, (s, actor, t) -> s.readings().get(actor, libraryReading(s, t))),
            targeted("ReadingService.update", CURATORS,
                    (s, actor, t) -> s.readings().update(actor, libraryReading(s, t), READING)),
            targeted("ReadingService.delete", CURATORS, (s, actor, t) -> s.readings().delete(actor, libraryReading(s, t))),
            // notes are the program's people talking: readers browse, administrators run the system
            new Row("ReadingService.addNote", Scope.TARGETED,
                    EnumSet.of(Role.ORGANISER, Role.PROCESS_LEADER, Role.MEMBER),
                    (s, actor, t) -> s.readings().addNote(actor, libraryReading(s, t), null, "En tanke"), false),
            targeted("ReadingService.attachPdf", CURATORS,
                    (s, actor, t) -> s.readings().attachPdf(actor, libraryReading(s, t), "text.pdf", PDF)),
            targeted("ReadingService.pdf", IN_PROGRAM, (s, actor, t) -> s.readings().pdf(actor, libraryReadingWithPdf(s, t))),
            targeted("ReadingService.thumbnail", IN_PROGRAM,
                    (s, actor, t) -> s.readings().thumbnail(actor, libraryReadingWithPdf(s, t))),
            targeted("ReadingService.library", IN_PROGRAM,
                    (s, actor, t) -> s.readings().library(actor, t.program(), ReadingFilter.none(), 0, 50)),
            targeted("ReadingService.count", IN_PROGRAM,
                    (s, actor, t) -> s.readings().count(actor, t.program(), ReadingFilter.none())),
            targeted("ReadingService.search", IN_PROGRAM,
                    (s, actor, t) -> s.readings().search(actor, t.program(), LibrarySearch.text("lärande"), 0, 50)),
            targeted("ReadingService.searchCount", IN_PROGRAM,
                    (s, actor, t) -> s.readings().searchCount(actor, t.program(), LibrarySearch.all())),
            targeted("ReadingService.facets", IN_PROGRAM,
                    (s, actor, t) -> s.readings().facets(actor, t.program(), LibrarySearch.all())),
            targeted("ReadingService.searchWithFacets", IN_PROGRAM,
                    (s, actor, t) -> s.readings().searchWithFacets(actor, t.program(), LibrarySearch.all(), 50)),
            targeted("ReadingService.searchPage", IN_PROGRAM,
                    (s, actor, t) -> s.readings().searchPage(actor, t.program(), LibrarySearch.all(), null, 0, 50)),
            targeted("ReadingService.overview", IN_PROGRAM, (s, actor, t) -> s.readings().overview(actor, t.program())),
            targeted("ReadingService.previewImport", CURATORS, (s, actor, t) -> s.readings().previewImport(actor,
                    t.program(), null, Evidence.RESEARCH, RIS)),
            targeted("ReadingService.importReferences", CURATORS, (s, actor, t) -> s.readings().importReferences(actor, t.program(),
                    null, Evidence.RESEARCH, RIS)),
            insideTeam("ReadingService.importReferences", (s, actor, t) -> s.readings().importReferences(actor, t.program(), t.team(),
                    Evidence.RESEARCH, RIS)),
            // the theme vocabulary: read by the library's readers, kept by organisers
            targeted("ReadingService.themeVocabulary", IN_PROGRAM,
                    (s, actor, t) -> s.readings().themeVocabulary(actor, t.program())),
            targeted("ReadingService.addTheme", MANAGERS,
                    (s, actor, t) -> s.readings().addTheme(actor, t.program(), "Tidiga insatser")),
            targeted("ReadingService.renameTheme", MANAGERS,
                    (s, actor, t) -> s.readings().renameTheme(actor, t.program(), "ledarskap", "pedagogiskt ledarskap")),
            targeted("ReadingService.removeTheme", MANAGERS,
                    (s, actor, t) -> s.readings().removeTheme(actor, t.program(), "ledarskap")),
            // exports: whoever may see every reading chosen; one foreign id refuses the whole export
            insideTeam("ReadingService.export", (s, actor, t) -> s.readings().export(actor,
                    List.of(teamReading(s, t)), se.larteam.reading.ExportFormat.RIS, Locale.of("sv"))),
            targeted("ReadingService.export", IN_PROGRAM, (s, actor, t) -> s.readings().export(actor,
                    List.of(libraryReading(s, t)), se.larteam.reading.ExportFormat.APA, Locale.of("sv"))),
            // co-editing: a token only says who its holder is (every document checks access itself); the notes of a
            // meeting are the team's safe room, so organisers and administrators get nothing while notes are closed
            self("CollabService.issueToken", EVERYONE, (s, actor, t) -> s.collab().issueToken(actor)),
            targeted("CollabService.access", INSIDE, (s, actor, t) -> s.collab().access(actor,
                    "meeting-notes:" + World.meeting(s.meetings(), t).value())),
            // the history of co-edited notes: who may read the notes lists and shows versions, who may write them
            // restores one (approved minutes: organisers read them, only the team's process leaders still write)
            insideTeam("CollabHistoryService.versions", (s, actor, t) -> s.history().versions(actor,
                    World.meeting(s.meetings(), t).notesDocument())),
            targeted("CollabHistoryService.version", SEE_TEAM, (s, actor, t) -> s.history().version(actor,
                    approvedNotesVersion(s, t))),
            new Row("CollabHistoryService.restore", Scope.TARGETED, EnumSet.of(Role.PROCESS_LEADER),
                    (s, actor, t) -> s.history().restore(actor, approvedNotesVersion(s, t)), false),
            insideTeam("CollabHistoryService.home", (s, actor, t) -> s.history().home(actor,
                    World.meeting(s.meetings(), t).notesDocument())),
            // a history is followed live by those who may read it; a reflection's history is its author's alone
            // (its versions hold the body as a private draft), not its readers' (here the team's process leader)
            insideTeam("LiveUpdates.subscribe", (s, actor, t) -> s.live().subscribe(actor,
                    CollabLinks.historyTopic(World.meeting(s.meetings(), t).notesDocument()), event -> { }).close()),
            new Row("CollabHistoryService.versions", Scope.TARGETED, EnumSet.of(Role.MEMBER), (s, actor, t) -> s
                    .history().versions(actor, World.reflection(s.reflections(), t, Visibility.TEAM).bodyDocument()),
                    false),
            new Row("LiveUpdates.subscribe", Scope.TARGETED, EnumSet.of(Role.MEMBER), (s, actor, t) -> s.live()
                    .subscribe(actor, CollabLinks.historyTopic(World.reflection(s.reflections(), t, Visibility.TEAM)
                            .bodyDocument()), event -> { }).close(), false),
            // reflections: a team-shared reflection by the side's member (ReflectionAccessTest covers every
            // visibility and role); organisers and administrators never read reflections (the safe room)
            targeted("ReflectionService.create", INSIDE, (s, actor, t) -> s.reflections().create(actor,
                    new ReflectionDraft(t.team(), null, "", "Titel", "Text", Visibility.TEAM))),
            targeted("ReflectionService.update", EnumSet.of(Role.MEMBER), (s, actor, t) -> s.reflections().update(actor,
                    World.reflection(s.reflections(), t, Visibility.TEAM),
                    new ReflectionDraft(t.team(), null, "", "Ny titel", "Ny text", Visibility.TEAM))),
            targeted("ReflectionService.share", EnumSet.of(Role.MEMBER), (s, actor, t) -> s.reflections().share(actor,
                    s.reflections().create(t.member(), new ReflectionDraft(t.team(), null, "", "T", "B", Visibility.TEAM)))),
            targeted("ReflectionService.changeVisibility", EnumSet.of(Role.MEMBER), (s, actor, t) -> s.reflections()
                    .changeVisibility(actor, World.reflection(s.reflections(), t, Visibility.TEAM), Visibility.PRIVATE)),
            targeted("ReflectionService.details", INSIDE, (s, actor, t) -> s.reflections().details(actor,
                    World.reflection(s.reflections(), t, Visibility.TEAM))),
            self("ReflectionService.myReflections", EVERYONE, (s, actor, t) -> s.reflections().myReflections(actor)),
            targeted("ReflectionService.teamReflections", SEE_TEAM,
                    (s, actor, t) -> s.reflections().teamReflections(actor, t.team())),
            self("ReflectionService.inbox", EVERYONE, (s, actor, t) -> s.reflections().inbox(actor)),
            self("ReflectionService.myReflectionsByTheme", EVERYONE,
                    (s, actor, t) -> s.reflections().myReflectionsByTheme(actor)),
            targeted("ReflectionService.markHandled", EnumSet.of(Role.PROCESS_LEADER), (s, actor, t) -> s.reflections()
                    .markHandled(actor, World.reflection(s.reflections(), t, Visibility.TEAM))),
            targeted("ReflectionService.addComment", INSIDE, (s, actor, t) -> s.reflections().addComment(actor,
                    World.reflection(s.reflections(), t, Visibility.TEAM), null, "Tack!")),
            targeted("ReflectionService.editComment", EnumSet.of(Role.MEMBER), (s, actor, t) -> {
                ReflectionId id = World.reflection(s.reflections(), t, Visibility.TEAM);
                String comment = s.reflections().addComment(t.member(), id, null, "Första");
                s.reflections().editComment(actor, id, comment, "Ändrad");
            }),
            targeted("ReflectionService.deleteComment", EnumSet.of(Role.MEMBER), (s, actor, t) -> {
                ReflectionId id = World.reflection(s.reflections(), t, Visibility.TEAM);
                String comment = s.reflections().addComment(t.member(), id, null, "Första");
                s.reflections().deleteComment(actor, id, comment);
            }),
            targeted("ReflectionService.templates", IN_PROGRAM,
                    (s, actor, t) -> s.reflections().templates(actor, t.program())),
            targeted("ReflectionService.setTemplates", MANAGERS, (s, actor, t) -> s.reflections().setTemplates(actor,
                    t.program(), List.of(se.larteam.reflection.ReflectionTemplate.GIBBS))),
            targeted("ReflectionService.ownTemplates", IN_PROGRAM,
                    (s, actor, t) -> s.reflections().ownTemplates(actor, t.program())),
            targeted("ReflectionService.templateChoices", IN_PROGRAM,
                    (s, actor, t) -> s.reflections().templateChoices(actor, t.program())),
            // Each template written is removed again: a program holds at most 20 of its own.
            targeted("ReflectionService.addOwnTemplate", MANAGERS, (s, actor, t) -> s.reflections().removeOwnTemplate(
                    t.organiser(), t.program(), s.reflections().addOwnTemplate(actor, t.program(),
                            "Mall " + java.util.UUID.randomUUID(), List.of("Vad såg jag?")))),
            targeted("ReflectionService.updateOwnTemplate", MANAGERS, (s, actor, t) -> {
                String id = s.reflections().addOwnTemplate(t.organiser(), t.program(),
                        "Mall " + java.util.UUID.randomUUID(), List.of("Vad såg jag?"));
                try {
                    s.reflections().updateOwnTemplate(actor, t.program(), id, "Ändrad " + id, List.of("Ny fråga"));
                } finally {
                    s.reflections().removeOwnTemplate(t.organiser(), t.program(), id);
                }
            }),
            targeted("ReflectionService.removeOwnTemplate", MANAGERS, (s, actor, t) -> {
                String id = s.reflections().addOwnTemplate(t.organiser(), t.program(),
                        "Mall " + java.util.UUID.randomUUID(), List.of("Vad såg jag?"));
                try {
                    s.reflections().removeOwnTemplate(actor, t.program(), id);
                } finally {
                    s.reflections().ownTemplates(t.organiser(), t.program()).stream().filter(o -> o.id().equals(id))
                            .forEach(o -> s.reflections().removeOwnTemplate(t.organiser(), t.program(), id));
                }
            }),
            // notifications: each person their own; there is no way to name someone else's
            self("NotificationService.mine", EVERYONE, (s, actor, t) -> s.notifications().mine(actor)),
            self("NotificationService.unreadCount", EVERYONE, (s, actor, t) -> s.notifications().unreadCount(actor)),
            self("NotificationService.markRead", EVERYONE, (s, actor, t) -> s.notifications().markRead(actor, "x")),
            self("NotificationService.markAllRead", EVERYONE, (s, actor, t) -> s.notifications().markAllRead(actor,
                    List.of("x"))));

    /** Public service methods that act for nobody, and why that is safe. Keep this list short. */
    static final Map<String, String> NOT_ACTING_FOR_ANYONE = Map.ofEntries(
            Map.entry("UserService.loginAccount", "authentication: nobody is signed in yet"),
            Map.entry("UserService.createFirstAdministrator", "bootstrap: only when no administrator exists"),
            Map.entry("UserService.displayNames", "names for services that have checked their caller's access first"),
            Map.entry("UserService.profiles", "profiles for services that have checked their caller's access first"),
            Map.entry("UserService.isAdministrator", "an access predicate about its argument"),
            Map.entry("UserService.administrators", "input to access rules, resolved once per live event"),
            Map.entry("UserService.exists", "an existence predicate used in validation"),
            Map.entry("UserService.accountsFor", "the roster import's account step, after its organiser check"),
            Map.entry("UserService.contacts", "addresses for services that have checked their caller's access first"),
            Map.entry("UserService.setPasswordByLink",
                    "the invitation service, after it used up a valid single-use link for exactly this person"),
            Map.entry("MailService.send", "called by services after their own access check"),
            Map.entry("ProgramService.mayManage", "an access predicate about its argument"),
            Map.entry("ProgramService.rolesOf", "an access predicate about its argument"),
            Map.entry("ProgramService.organisers", "input to access rules, resolved once per live event"),
            Map.entry("ProgramService.name", "a name for services that have checked their caller's access first"),
            Map.entry("TeamService.access", "the access predicate every feature asks"),
            Map.entry("TeamService.processLeaders", "input to lists derived from who leads a team (the inbox's "
                    + "waiting lists), for services after their own access check"),
            Map.entry("LiveEvents.publish", "called by services after their own access check; carries ids, not content"),
            Map.entry("LiveUpdates.collection", "change-feed callback of the node's watcher"),
            Map.entry("LiveUpdates.inserted", "change-feed callback of the node's watcher; checks audience per event"),
            Map.entry("LiveUpdates.historyLost", "change-feed callback of the node's watcher"),
            Map.entry("NotificationService.notify", "called by services after their own access check; the list "
                    + "checks again that the recipient may see the subject"),
            Map.entry("CalendarService.feedForToken",
                    "the public feed address: the secret token stands for its owner, who gets only their own entries"));

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    LiveUpdates live;
    @Autowired
    Presence presence;
    @Autowired
    RosterImport roster;
    @Autowired
    CalendarService calendar;
    @Autowired
    InvitationService invitations;
    @Autowired
    MailService mail;
    @Autowired
    MeetingService meetings;
    @Autowired
    ReadingService readings;
    @Autowired
    CollabService collab;
    @Autowired
    ReflectionService reflections;
    @Autowired
    NotificationService notifications;
    @Autowired
    CollabHistoryService history;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : ROWS) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(row.method(), role, false, row.allowed().contains(role), row));
                if (row.scope() == Scope.TARGETED) {
                    // Only an administrator reaches into another program, and only where administrators may act at
                    // all and the row does not concern a team's safe room, which not even an administrator enters.
                    cases.add(Arguments.of(row.method(), role, true, role == Role.ADMIN
                            && row.allowed().contains(Role.ADMIN) && row.adminReachesForeign(), row));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, foreign={2}: allowed={3}")
    @MethodSource("cases")
    void serviceEnforcesAccess(String method, Role role, boolean foreign, boolean allowed, Row row) {
        World world = World.create(users, programs, teams);
        UserId actor = actor(world, role);
        World.Side target = foreign ? world.b() : world.a();
        Services services = new Services(users, programs, teams, live, presence, roster, calendar, invitations, mail,
                meetings, readings, collab, reflections, notifications, history);
        if (allowed) {
            assertThatCode(() -> row.call().invoke(services, actor, target)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> row.call().invoke(services, actor, target))
                    .isInstanceOf(NotPermittedException.class);
        }
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        Set<String> publicMethods = publicServiceMethods();
        Set<String> covered = new TreeSet<>(NOT_ACTING_FOR_ANYONE.keySet());
        ROWS.forEach(row -> covered.add(row.method()));
        assertThat(publicMethods).as("public service methods without a row in the access matrix")
                .isSubsetOf(covered);
        assertThat(covered).as("rows for methods that no longer exist").isSubsetOf(publicMethods);
    }

    /** The methods that act for nobody are for services; a view calling one would skip the access check. */
    @Test
    void viewsNeverCallMethodsThatActForNobody() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.larteam");
        ArchRuleDefinition.noClasses().that().resideInAnyPackage("..ui..", "se.larteam.shell..")
                .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a service method that acts for nobody") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return NOT_ACTING_FOR_ANYONE.containsKey(
                                call.getTargetOwner().getSimpleName() + "." + call.getName());
                    }
                })
                .check(classes);
    }

    private static Set<String> publicServiceMethods() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("se.larteam").stream()
                .map(definition -> load(definition.getBeanClassName()))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                        .map(m -> type.getSimpleName() + "." + m.getName()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserId actor(World world, Role role) {
        return switch (role) {
            case ADMIN -> world.admin();
            case ORGANISER -> world.a().organiser();
            case PROCESS_LEADER -> world.a().processLeader();
            case MEMBER -> world.a().member();
            case READER -> world.a().reader();
            case OUTSIDER -> world.outsider();
        };
    }

    private static Row self(String method, Set<Role> allowed, Call call) {
        return new Row(method, Scope.SELF, allowed, call, true);
    }

    private static Row targeted(String method, Set<Role> allowed, Call call) {
        return new Row(method, Scope.TARGETED, allowed, call, true);
    }

    /** A row about a team's own things: its members and process leaders only, in their own team only. */
    private static Row insideTeam(String method, Call call) {
        return new Row(method, Scope.TARGETED, INSIDE, call, false);
    }

    /** A reading of the target's team, added by its member (the call under test then acts on it). */
    private static ReadingId teamReading(Services s, World.Side t) {
        return s.readings().addToTeam(t.member(), t.team(), READING);
    }

    private static ReadingId teamReadingWithPdf(Services s, World.Side t) {
        ReadingId id = teamReading(s, t);
        s.readings().attachPdf(t.member(), id, "text.pdf", PDF);
        return id;
    }

    private static ReadingId libraryReading(Services s, World.Side t) {
        return s.readings().addToLibrary(t.organiser(), t.program(), READING);
    }

    private static ReadingId libraryReadingWithPdf(Services s, World.Side t) {
        ReadingId id = libraryReading(s, t);
        s.readings().attachPdf(t.organiser(), id, "text.pdf", PDF);
        return id;
    }

    /** The version the approval of a held meeting of the target's team keeps of its notes. */
    private static se.larteam.collab.VersionId approvedNotesVersion(Services s, World.Side t) {
        MeetingId meeting = World.heldMeeting(s.meetings(), t);
        s.meetings().approve(t.processLeader(), meeting);
        return s.history().versions(t.processLeader(), meeting.notesDocument()).getFirst().id();
    }

    private static NewUser newUser() {
        return new NewUser("ny" + System.nanoTime() + "@test.example", "Ny Person", "Rektor", "Skolan");
    }

}
