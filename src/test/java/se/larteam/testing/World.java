package se.larteam.testing;

import java.time.LocalDate;
import java.time.LocalTime;

import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramDetails;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamId;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * A small world built through the public services: an administrator, an outsider, and two programs, each with an
 * organiser, a library reader and one team with a process leader and a member. Tests act as a person of program A
 * ("own") and aim at program B ("foreign").
 */
public record World(UserId admin, UserId outsider, Side a, Side b) {

    public record Side(ProgramId program, TeamId team, UserId organiser, UserId reader, UserId processLeader,
            UserId member, UserId spare) {
    }

    public static World create(UserService users, ProgramService programs, TeamService teams) {
        UserId admin = TestAccounts.administrator(users);
        UserId outsider = TestAccounts.person(users, "Olle Utanför").id();
        return new World(admin, outsider, side(users, programs, teams, admin, "A"), side(users, programs, teams, admin, "B"));
    }

    /** A meeting of this side's team, planned for today by its process leader. */
    public static MeetingId meeting(MeetingService meetings, Side side) {
        return meetings.plan(side.processLeader(), side.team(), new MeetingPlan(LocalDate.now(),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Rum Ängen"), java.util.List.of("Uppföljning", "Dagens tema"));
    }

    /** A meeting of this side's team that its process leader has marked as held (ready for approval). */
    public static MeetingId heldMeeting(MeetingService meetings, Side side) {
        MeetingId id = meeting(meetings, side);
        meetings.markHeld(side.processLeader(), id);
        return id;
    }

    /** A reflection by this side's member, shared with this visibility. */
    public static ReflectionId reflection(ReflectionService reflections, Side side, Visibility visibility) {
        ReflectionId id = reflections.create(side.member(), new ReflectionDraft(side.team(), null, "",
                "Efter mötet", "Vad jag lärde mig.", visibility));
        reflections.share(side.member(), id);
        return id;
    }

    private static Side side(UserService users, ProgramService programs, TeamService teams, UserId admin, String tag) {
        ProgramId program = programs.create(admin, new ProgramDetails("Program " + tag, "Åsbacka kommun", "",
                LocalDate.of(2024, 8, 1), LocalDate.of(2027, 6, 30)));
        UserId organiser = TestAccounts.person(users, "Organisatör " + tag).id();
        programs.addPerson(admin, program, organiser, ProgramRole.ORGANISER);
        UserId reader = TestAccounts.person(users, "Läsare " + tag).id();
        programs.addPerson(organiser, program, reader, ProgramRole.READER);
        TeamId team = teams.create(organiser, program, "Lärteam " + tag);
        UserId leader = TestAccounts.person(users, "Processledare " + tag).id();
        teams.putMember(organiser, team, leader, TeamRole.PROCESS_LEADER);
        UserId member = TestAccounts.person(users, "Deltagare " + tag).id();
        teams.putMember(organiser, team, member, TeamRole.MEMBER);
        UserId spare = TestAccounts.person(users, "Reserv " + tag).id();
        return new Side(program, team, organiser, reader, leader, member, spare);
    }
}
