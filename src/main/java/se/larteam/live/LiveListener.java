package se.larteam.live;

/** What a subscriber hears. Called on the watcher's thread: hand work over (e.g. to {@code UI.access}) and return. */
public interface LiveListener {

    void onEvent(LiveEvent event);

    /** Events may have been missed (the watcher lost its history): load everything again. */
    default void onReload() {
    }

    /** The subscriber may no longer see the topic (e.g. removed from the team); the subscription has ended. */
    default void onRevoked() {
    }
}
