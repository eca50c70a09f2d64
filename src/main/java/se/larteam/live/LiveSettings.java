package se.larteam.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval    how long the watcher sleeps when no change stream had anything (the embedded server's
 *                        cursors busy-spin if left waiting on the server)
 * @param retention       how long recorded events are kept before a scheduled delete removes them; nodes hear of
 *                        them through change streams (the oplog carries the whole event), so this only needs to
 *                        outlast the history window. Short, because on the embedded server the delete scans the
 *                        collection under a lock every new event waits for
 * @param historyWindow   a watcher cut off for longer than this assumes it missed events and tells every subscriber
 *                        to reload (keep it below the embedded server's oplog retention)
 * @param refreshInterval at most one refresh per view in this interval
 */
@ConfigurationProperties("larteam.live")
record LiveSettings(
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("1m") Duration retention,
        @DefaultValue("20s") Duration historyWindow,
        @DefaultValue("100ms") Duration refreshInterval) {
}
