package se.larteam.team;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import se.larteam.live.AccessRules;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Who may follow a team live, read from the team as it is when the event arrives (see {@link TeamLive}). */
@Component
class TeamAccessRules implements AccessRules {

    private final MongoTemplate mongo;
    private final ProgramService programs;
    private final UserService users;

    TeamAccessRules(MongoTemplate mongo, ProgramService programs, UserService users) {
        this.mongo = mongo;
        this.programs = programs;
        this.users = users;
    }

    @Override
    public Set<String> scopes() {
        return Set.of(TeamLive.SCOPE, TeamLive.INSIDE, TeamLive.PROCESS_LEADERS);
    }

    @Override
    public Predicate<UserId> whoMaySee(String scope, String id) {
        Team team = mongo.findById(id, Team.class);
        if (team == null) {
            return user -> false;
        }
        Set<String> leaders = team.members().stream().filter(m -> m.role() == TeamRole.PROCESS_LEADER)
                .map(Team.Membership::userId).collect(Collectors.toSet());
        Set<String> inside = team.members().stream().map(Team.Membership::userId).collect(Collectors.toSet());
        return switch (scope) {
            case TeamLive.PROCESS_LEADERS -> user -> leaders.contains(user.value());
            case TeamLive.INSIDE -> user -> inside.contains(user.value());
            default -> {
                // Loaded on the first outsider asked about: a member opening a team page (the usual question)
                // is answered from the team alone, which saves a program read and a scan of all accounts.
                SingletonSupplier<Set<UserId>> organisers = SingletonSupplier.of(
                        () -> programs.organisers(new ProgramId(team.programId())));
                SingletonSupplier<Set<UserId>> administrators = SingletonSupplier.of(users::administrators);
                yield user -> inside.contains(user.value()) || organisers.obtain().contains(user)
                        || administrators.obtain().contains(user);
            }
        };
    }
}
