package se.larteam.live;

/**
 * A server-side component told of every live event that reaches this node, whoever its audience: for work that
 * acts for nobody, such as the co-editing server rechecking who may keep a document open when memberships change.
 * Never for views (they subscribe to topics through {@link LiveUpdates}). Called on the watcher's thread: hand work
 * over and return.
 */
public interface LiveEventObserver {

    void observed(LiveEvent event);
}
