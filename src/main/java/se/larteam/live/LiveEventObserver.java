package se.larteam.live;

/**
 * A server-side component told of every live event that reaches this node, whoever its audience: for work that
 * acts for nobody, such as the co-editing server rechecking who may keep a document open when memberships change,
 * or the node's in-process library search index, which checks access when it is read. Nothing heard here may be
 * handed to a person unchecked; views subscribe to topics as their user through {@link LiveUpdates}. Called on the
 * watcher's thread: hand work over and return.
 */
public interface LiveEventObserver {

    void observed(LiveEvent event);

    /** The watcher lost its place in the stream: events may have been missed; rebuild what follows them. */
    default void historyLost() {
    }
}
