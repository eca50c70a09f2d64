package se.larteam.live;

import java.util.Set;
import java.util.stream.Collectors;

import se.larteam.user.UserId;

/**
 * Who may receive an event: everyone the scope's {@link AccessRules} admit for {@code scope:id} (for example
 * "team-inside:42", the members and process leaders of team 42) and, in addition, the named people. An event for
 * a private reflection names only its author, with no scope.
 */
public record Audience(String scope, String id, Set<UserId> people) {

    public Audience {
        people = people == null ? Set.of() : Set.copyOf(people);
        if ((scope == null) != (id == null)) {
            throw new IllegalArgumentException("An audience scope needs an id, and an id a scope");
        }
    }

    public static Audience of(String scope, String id) {
        return new Audience(scope, id, Set.of());
    }

    public static Audience onlyPeople(Set<UserId> people) {
        return new Audience(null, null, people);
    }

    public Audience and(UserId... more) {
        Set<UserId> all = java.util.stream.Stream.concat(people.stream(), java.util.Arrays.stream(more))
                .collect(Collectors.toSet());
        return new Audience(scope, id, all);
    }
}
