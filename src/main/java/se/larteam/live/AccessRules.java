package se.larteam.live;

import java.util.Set;
import java.util.function.Predicate;

import se.larteam.user.UserId;

/**
 * Implemented by each feature for the scopes it owns ("team", "program", later "meeting", "reflection"…), so that
 * the live mechanism can ask who may follow a topic or receive an event without knowing any feature.
 */
public interface AccessRules {

    /** The scopes these rules decide. */
    Set<String> scopes();

    /**
     * Who may see things of {@code scope:id} now. Called once per event and scope on each node, so it should load
     * what it needs up front and answer the predicate from memory; nobody, when the thing does not exist.
     */
    Predicate<UserId> whoMaySee(String scope, String id);
}
