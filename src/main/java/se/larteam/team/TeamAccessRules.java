package se.larteam.team;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

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
                Set<UserId> organisers = programs.organisers(new ProgramId(team.programId()));
                Set<UserId> administrators = users.administrators();
                yield user -> inside.contains(user.value()) || organisers.contains(user) || administrators.contains(user);
            }
        };
    }
}
