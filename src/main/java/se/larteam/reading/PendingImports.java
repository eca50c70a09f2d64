package se.larteam.reading;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes what imports left pending when their process died half-way (see {@link ReadingBatches}): at start-up,
 * the readings of imports that began more than {@link #ABANDONED_AFTER} ago. Younger ones may belong to an import
 * another node is still storing; they are never seen either way.
 */
@Component
class PendingImports {

    private static final Logger log = LoggerFactory.getLogger(PendingImports.class);

    /** Far longer than storing the largest file takes (seconds). */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final MongoTemplate mongo;
    private final Clock clock;

    PendingImports(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeAbandoned() {
        long removed = ReadingBatches.removeAbandoned(mongo, clock.instant().minus(ABANDONED_AFTER));
        if (removed > 0) {
            log.info("Removed {} readings of imports abandoned half-way", removed);
        }
    }
}
