package se.larteam.database;

import java.nio.file.Path;
import java.time.Duration;

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
 */
@ConfigurationProperties("larteam.mongodb")
record MongoSettings(
        String uri,
        String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("h2") String embeddedBackend,
        @DefaultValue("2m") Duration oplogRetention,
        @DefaultValue("10s") Duration oplogTrimInterval,
        @DefaultValue("false") boolean dropOnShutdown) {

    boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
