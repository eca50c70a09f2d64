package se.larteam.reflection;

import java.util.Set;
import java.util.function.Predicate;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import se.larteam.live.AccessRules;
import se.larteam.notification.NotificationSubjects;
import se.larteam.user.UserId;

/**
 * Who may follow a reflection live and whether a notification about one may still be shown: the reflection's own
 * visibility and the team as they are at that moment.
 */
@Component
class ReflectionAccessRules implements AccessRules, NotificationSubjects {

    private final ReflectionService reflections;

    // Lazy: the service depends on notifications, which collect these rules.
    ReflectionAccessRules(@Lazy ReflectionService reflections) {
        this.reflections = reflections;
    }

    @Override
    public Set<String> scopes() {
        return Set.of(ReflectionLinks.SCOPE);
    }

    @Override
    public Predicate<UserId> whoMaySee(String scope, String id) {
        return user -> reflections.maySee(user, id);
    }

    @Override
    public String type() {
        return ReflectionLinks.TYPE;
    }

    @Override
    public boolean maySee(UserId person, String subjectId) {
        return reflections.maySee(person, subjectId);
    }
}
