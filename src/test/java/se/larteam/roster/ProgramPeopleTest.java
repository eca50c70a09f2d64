package se.larteam.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.larteam.base.InvalidInputException;
import se.larteam.program.ProgramPeople;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamAccess;
import se.larteam.team.TeamId;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.NewUser;
import se.larteam.user.UserId;
import se.larteam.user.UserProfile;
import se.larteam.user.UserService;

/** Forming teams: moving people in one step, taking them out of a program, naming organisers and readers. */
@SpringBootTest
class ProgramPeopleTest {

    @Autowired
    UserService users;
    @Autowired
    ProgramService programs;
    @Autowired
    TeamService teams;
    @Autowired
    RosterImport roster;

    private World world;
    private UserId organiser;
    private TeamId norr;
    private TeamId soder;

    @BeforeEach
    void buildWorld() {
        world = World.create(users, programs, teams);
        organiser = world.a().organiser();
        norr = world.a().team();
        soder = teams.create(organiser, world.a().program(), "Lärteam Söder");
    }

    @Test
    void aMoveKeepsEachPersonsRoleAndTakesTheOldTeamAwayAtOnce() {
        UserId leader = world.a().processLeader();
        UserId member = world.a().member();

        teams.moveMembers(organiser, norr, soder, List.of(leader, member));

        assertThat(teams.details(organiser, norr).members()).isEmpty();
        assertThat(teams.details(organiser, soder).members()).extracting(TeamMember::id, TeamMember::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(leader, TeamRole.PROCESS_LEADER),
                        org.assertj.core.groups.Tuple.tuple(member, TeamRole.MEMBER));
        assertThat(teams.access(member, norr)).isEmpty();
        assertThat(teams.access(member, soder)).contains(TeamAccess.MEMBER);
    }

    @Test
    void someoneWhoIsNotInTheOldTeamIsNotMovedAndNothingChanges() {
        assertThatThrownBy(() -> teams.moveMembers(organiser, norr, soder, List.of(world.a().member(), world.a().spare())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("team.move.not-in-team"));
        assertThat(teams.details(organiser, norr).members()).extracting(TeamMember::id).contains(world.a().member());
        assertThat(teams.details(organiser, soder).members()).isEmpty();
    }

    @Test
    void teamsOfAnotherProgramAreNoTarget() {
        // The administrator manages both programs, so only the program check can refuse this.
        assertThatThrownBy(() -> teams.moveMembers(world.admin(), norr, world.b().team(), List.of(world.a().member())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("team.move.other-program"));
        assertThat(teams.access(world.a().member(), norr)).contains(TeamAccess.MEMBER);
    }

    @Test
    void removingSomeoneFromTheProgramTakesThemOutOfItsTeamsToo() {
        UserId member = world.a().member();

        roster.removeFromProgram(organiser, world.a().program(), member);

        assertThat(teams.access(member, norr)).isEmpty();
        assertThat(programs.rolesOf(member, world.a().program())).isEmpty();
        assertThat(programs.people(organiser, world.a().program()).participants()).extracting(UserProfile::id)
                .doesNotContain(member);
    }

    @Test
    void theLastOrganiserCannotLeaveAndNothingIsTakenFromThem() {
        assertThatThrownBy(() -> roster.removeFromProgram(organiser, world.a().program(), organiser))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("program.last-organiser"));
        assertThatThrownBy(() -> programs.removePerson(organiser, world.a().program(), organiser, ProgramRole.ORGANISER))
                .isInstanceOf(InvalidInputException.class);
        assertThat(programs.rolesOf(organiser, world.a().program())).contains(ProgramRole.ORGANISER);

        UserId second = roster.addToProgram(organiser, world.a().program(),
                new NewUser("andra.samordnaren." + System.nanoTime() + "@test.example", "Örjan Andersson", "", ""),
                ProgramRole.ORGANISER);
        programs.removePerson(second, world.a().program(), organiser, ProgramRole.ORGANISER);
        assertThat(programs.mayManage(organiser, world.a().program())).isFalse();
        assertThat(programs.mayManage(second, world.a().program())).isTrue();
    }

    @Test
    void organisersAndReadersAreNamedByEmailAndAnExistingAccountIsReused() {
        String email = "Ärla.Läsare." + System.nanoTime() + "@Test.example";
        UserId reader = roster.addToProgram(organiser, world.a().program(),
                new NewUser(email, "Ärla Läsare", "Lärare", "Åsskolan"), ProgramRole.READER);
        UserId again = roster.addToProgram(organiser, world.a().program(),
                new NewUser(email.toLowerCase(), "Ärla Läsare", "", ""), ProgramRole.READER);

        assertThat(again).isEqualTo(reader);
        ProgramPeople people = programs.people(organiser, world.a().program());
        assertThat(people.readers()).extracting(UserProfile::displayName).containsExactly("Läsare A", "Ärla Läsare");
        assertThat(people.organisers()).extracting(UserProfile::id).containsExactly(organiser);
        assertThat(people.participants()).extracting(UserProfile::displayName)
                .containsExactly("Deltagare A", "Processledare A");

        assertThatThrownBy(() -> roster.addToProgram(organiser, world.a().program(),
                new NewUser("ingen-adress", "Namn", "", ""), ProgramRole.READER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
