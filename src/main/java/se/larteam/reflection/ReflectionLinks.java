package se.larteam.reflection;

import se.larteam.live.Topic;

/** Addresses and the live-update vocabulary of reflections. */
public final class ReflectionLinks {

    /** Live scope: who may read one reflection now (see {@link ReflectionAccessRules}). */
    public static final String SCOPE = "reflection";
    /** The subject type of notifications about reflections. */
    public static final String TYPE = "reflection";

    private ReflectionLinks() {
    }

    public static Topic topic(ReflectionId id) {
        return new Topic(SCOPE, id.value());
    }

    /** The reflection's page. */
    public static String reflection(ReflectionId id) {
        return "reflektion/" + id.value();
    }
}
