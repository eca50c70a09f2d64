package se.larteam.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param uri              a MongoDB connection string; blank starts the embedded server ({@code MONGODB_URI})
 * @param database         database name; blank takes the one in the URI, else {@code larteam}
 * @param dataDir          where the embedded server keeps its H2 file ({@code LARTEAM_DATA_DIR})
 * @param embeddedBackend  {@code h2} (files, the default) or {@code memory} (tests)
 * @param oplogRetention   how long the embedded server keeps oplog entries; older ones are deleted
 * @param oplogTrimInterval how often the embedded server's oplog is trimmed
 * @param dropOnShutdown   drop the database when the application stops (tests against a shared server)
 * @param embeddedOplogCollections the collections the application follows with change streams: the embedded
 *                         server keeps oplog entries only for these (and any other a change stream opens on)
 */
@ConfigurationProperties("larteam.mongodb")
record MongoSettings(
        String uri,
        String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("h2") String embeddedBackend,
        @DefaultValue("30s") Duration oplogRetention,
        @DefaultValue("5s") Duration oplogTrimInterval,
        @DefaultValue("false") boolean dropOnShutdown,
        @DefaultValue({"live_events", "collabUpdates", "collabAwareness"}) Set<String> embeddedOplogCollections) {

    boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
