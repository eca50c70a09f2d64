/**
 * Live updates, the one mechanism every view uses. Features record what changed as insert-only
 * {@link se.larteam.live.LiveEvent}s in MongoDB ({@link se.larteam.live.LiveEvents}); one
 * {@link se.larteam.live.ChangeWatcher} per node follows them with a change stream and fans them out in-process to
 * subscribers ({@link se.larteam.live.LiveUpdates}), which views bind with {@link se.larteam.live.LiveRefresh}.
 * Who may subscribe to a topic and who is in an event's audience is decided by the features that own the scope,
 * through {@link se.larteam.live.AccessRules}, with membership as it is when the event arrives.
 */
package se.larteam.live;
