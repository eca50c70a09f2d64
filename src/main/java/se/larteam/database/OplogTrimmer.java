package se.larteam.database;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the embedded server's oplog to a time window (see {@link EmbeddedMongo#trimOplog}). Does nothing on a
 * real MongoDB, whose oplog is a capped collection the server manages itself.
 */
class OplogTrimmer {

    private static final Logger log = LoggerFactory.getLogger(OplogTrimmer.class);

    private final EmbeddedMongo embedded;
    private final MongoSettings settings;
    private final Clock clock;

    /** @param embedded the embedded server, or null on a real MongoDB */
    OplogTrimmer(EmbeddedMongo embedded, MongoSettings settings, Clock clock) {
        this.embedded = embedded;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${larteam.mongodb.oplog-trim-interval:5s}",
            initialDelayString = "${larteam.mongodb.oplog-trim-interval:5s}")
    void scheduledTrim() {
        try {
            trim();
        } catch (RuntimeException e) {
            log.warn("Trimming the embedded server's oplog failed; will try again", e);
        }
    }

    /** Trims now; returns how many entries went (0 on a real MongoDB). */
    long trim() {
        return embedded != null ? embedded.trimOplog(clock, settings.oplogRetention()) : 0;
    }
}
