package se.larteam.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Service;

import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamId;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.user.Accounts;
import se.larteam.user.NewUser;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Imports a program's participants from a CSV file. The file is read and checked completely first, and imported
 * only when no row has a problem, so a rejected file leaves nothing behind. Only the program's organisers (and
 * administrators) may preview or import.
 */
@Service
public class RosterImport {

    private static final int CHUNK = 500;

    private final UserService users;
    private final ProgramService programs;
    private final TeamService teams;

    RosterImport(UserService users, ProgramService programs, TeamService teams) {
        this.users = users;
        this.programs = programs;
        this.teams = teams;
    }

    /** Where a roster would go: for the program's organisers only. */
    public RosterTarget target(UserId actor, ProgramId program) {
        requireManager(actor, program);
        return new RosterTarget(programs.get(actor, program).name(),
                teams.teamsOf(actor, program).stream().map(TeamSummary::name).toList());
    }

    /** Reads the file and reports every problem, writing nothing. */
    public RosterPreview preview(UserId actor, ProgramId program, byte[] file) {
        requireManager(actor, program);
        return check(CsvRoster.parse(file), teamsByName(actor, program));
    }

    /**
     * Imports the file: accounts for new people (without a password; they are invited separately), everyone into
     * the program, and those with a team into that team. Rejected with {@link InvalidInputException} (key
     * {@code import.rejected}) when the file has any problem; then nothing is written.
     *
     * @param progress told (done, total) as the people are brought in
     */
    public RosterResult importRoster(UserId actor, ProgramId program, byte[] file, BiConsumer<Integer, Integer> progress) {
        requireManager(actor, program);
        Map<String, TeamId> teamsByName = teamsByName(actor, program);
        RosterPreview preview = check(CsvRoster.parse(file), teamsByName);
        if (!preview.importable()) {
            throw new InvalidInputException("file", "import.rejected", preview.problems().size());
        }
        List<RosterRow> rows = preview.rows();
        Map<String, UserId> accounts = new HashMap<>();
        int newAccounts = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<NewUser> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
                    .map(r -> new NewUser(r.email(), r.displayName(), r.title(), r.unit())).toList();
            Accounts found = users.accountsFor(chunk);
            accounts.putAll(found.byEmail());
            newAccounts += found.created();
            progress.accept(Math.min(rows.size(), from + CHUNK), rows.size());
        }
        programs.addPeople(actor, program, accounts.values(), ProgramRole.PARTICIPANT);
        Map<TeamId, List<UserId>> byTeam = new LinkedHashMap<>();
        for (RosterRow row : rows) {
            if (!row.team().isBlank()) {
                byTeam.computeIfAbsent(teamsByName.get(key(row.team())), t -> new ArrayList<>())
                        .add(accounts.get(normalisedEmail(row.email())));
            }
        }
        byTeam.forEach((team, people) -> teams.putMembers(actor, team, people, TeamRole.MEMBER));
        return new RosterResult(rows.size(), newAccounts, byTeam.values().stream().mapToInt(List::size).sum());
    }

    /**
     * Adds one person by hand: an account if there is none for the e-mail address, the program, and the team
     * when one is named, in the given role (a process leader who leads several teams is added once per team). Invalid input is refused with {@link InvalidInputException} naming the field. Returns the person's account.
     */
    public UserId addPerson(UserId actor, ProgramId program, NewUser person, String teamName, TeamRole role) {
        requireManager(actor, program);
        Map<String, TeamId> teamsByName = teamsByName(actor, program);
        NewUser valid = valid(person);
        String team = teamName == null ? "" : teamName.strip();
        if (!team.isEmpty() && !teamsByName.containsKey(key(team))) {
            throw new InvalidInputException("team", "import.unknown-team", team);
        }
        UserId id = users.accountsFor(List.of(valid)).byEmail().get(valid.email());
        programs.addPeople(actor, program, List.of(id), ProgramRole.PARTICIPANT);
        if (!team.isEmpty()) {
            teams.putMember(actor, teamsByName.get(key(team)), id, role == null ? TeamRole.MEMBER : role);
        }
        return id;
    }

    /**
     * Gives one person a role in the program itself (an organiser, or a reader of its library), by e-mail address:
     * an account is made if there is none. Invalid input is refused with {@link InvalidInputException}.
     */
    public UserId addToProgram(UserId actor, ProgramId program, NewUser person, ProgramRole role) {
        requireManager(actor, program);
        if (role == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        NewUser valid = valid(person);
        UserId id = users.accountsFor(List.of(valid)).byEmail().get(valid.email());
        programs.addPeople(actor, program, List.of(id), role);
        return id;
    }

    /**
     * Takes a person out of the program: out of each of its teams first (a team member outside the program would
     * keep reading the team), then out of every role in it. The last organiser cannot be removed.
     */
    public void removeFromProgram(UserId actor, ProgramId program, UserId person) {
        requireManager(actor, program);
        if (programs.rolesOf(person, program).contains(ProgramRole.ORGANISER)) {
            programs.removePerson(actor, program, person, ProgramRole.ORGANISER);
        }
        for (TeamDetails team : teams.teamsWithMembers(actor, program)) {
            if (team.members().stream().anyMatch(m -> m.id().equals(person))) {
                teams.removeMember(actor, team.id(), person);
            }
        }
        for (ProgramRole role : programs.rolesOf(person, program)) {
            programs.removePerson(actor, program, person, role);
        }
    }

    private static NewUser valid(NewUser person) {
        return new NewUser(Check.email("email", person.email()),
                Check.requiredText("displayName", person.displayName(), 200),
                Check.optionalText("title", person.title(), 200), Check.optionalText("unit", person.unit(), 200));
    }

    private RosterPreview check(CsvRoster.Parsed parsed, Map<String, TeamId> teamsByName) {
        List<RosterProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        for (RosterRow row : parsed.rows()) {
            problem(row, "name", () -> Check.requiredText("name", row.displayName(), 200), problems);
            problem(row, "title", () -> Check.optionalText("title", row.title(), 200), problems);
            problem(row, "unit", () -> Check.optionalText("unit", row.unit(), 200), problems);
            if (problem(row, "email", () -> Check.email("email", row.email()), problems)) {
                Integer first = firstLineOfEmail.putIfAbsent(normalisedEmail(row.email()), row.line());
                if (first != null) {
                    problems.add(RosterProblem.at(row.line(), "email", "import.duplicate", row.email(),
                            String.valueOf(first)));
                }
            }
            if (!row.team().isBlank() && !teamsByName.containsKey(key(row.team()))) {
                problems.add(RosterProblem.at(row.line(), "team", "import.unknown-team", row.team()));
            }
        }
        return new RosterPreview(parsed.encoding(), parsed.delimiter(), parsed.rows(), problems);
    }

    /** Runs a check; on failure records it as this row's problem. True when the value passed. */
    private static boolean problem(RosterRow row, String field, Runnable check, List<RosterProblem> problems) {
        try {
            check.run();
            return true;
        } catch (InvalidInputException e) {
            problems.add(new RosterProblem(row.line(), field, e.messageKey(),
                    java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            return false;
        }
    }

    private Map<String, TeamId> teamsByName(UserId actor, ProgramId program) {
        Map<String, TeamId> byName = new HashMap<>();
        for (TeamSummary team : teams.teamsOf(actor, program)) {
            byName.put(key(team.name()), team.id());
        }
        return byName;
    }

    private void requireManager(UserId actor, ProgramId program) {
        if (!programs.mayManage(actor, program)) {
            throw new NotPermittedException(actor + " may not import people into " + program);
        }
    }

    private static String key(String teamName) {
        return teamName.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalisedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
