package se.larteam.program;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import se.larteam.live.AccessRules;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** Who may follow a program live: anyone with a role in it now, and administrators. */
@Component
class ProgramAccessRules implements AccessRules {

    private final MongoTemplate mongo;
    private final UserService users;

    ProgramAccessRules(MongoTemplate mongo, UserService users) {
        this.mongo = mongo;
        this.users = users;
    }

    @Override
    public Set<String> scopes() {
        return Set.of(ProgramLive.SCOPE);
    }

    @Override
    public Predicate<UserId> whoMaySee(String scope, String id) {
        Program program = mongo.findById(id, Program.class);
        if (program == null) {
            return user -> false;
        }
        Set<String> people = new HashSet<>(program.organisers());
        people.addAll(program.participants());
        people.addAll(program.readers());
        Set<UserId> administrators = users.administrators();
        return user -> people.contains(user.value()) || administrators.contains(user);
    }
}
