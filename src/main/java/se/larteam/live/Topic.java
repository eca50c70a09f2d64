package se.larteam.live;

import java.util.Objects;

import se.larteam.user.UserId;

/**
 * Something subscribers follow: a team, a program, one person's own things, or one entity such as a meeting.
 * The scope names a vocabulary that some feature's {@link AccessRules} understands.
 */
public record Topic(String scope, String id) {

    /** One person's own things (their start page, their notifications). Only that person may follow it. */
    public static final String PERSON = "person";

    public Topic {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
    }

    public static Topic person(UserId person) {
        return new Topic(PERSON, person.value());
    }

    @Override
    public String toString() {
        return scope + ":" + id;
    }
}
