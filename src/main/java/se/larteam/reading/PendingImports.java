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
 * Tidies what imports left pending when their process died half-way (see {@link ReadingBatches}): at start-up,
 * finishes imports already decided finished (some readings may be visible), then removes the readings of imports
 * that began more than {@link #ABANDONED_AFTER} ago. Younger ones may belong to an import
 * another node is still storing; they are never seen either way.
 */
@Component
class PendingImports {

    private static final Logger log = LoggerFactory.getLogger(PendingImports.class);

    /** Far longer than storing the largest file takes (seconds). */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReadingIndex index;

    PendingImports(MongoTemplate mongo, Clock clock, ReadingIndex index) {
        this.mongo = mongo;
        this.clock = clock;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeAbandoned() {
        long completed = ReadingBatches.completeCommitted(mongo);
        if (completed > 0) {
            log.info("Finished {} readings of imports that were decided but not all shown", completed);
            // The index was built before this ran, without them.
            index.historyLost();
        }
        long removed = ReadingBatches.removeAbandoned(mongo, clock.instant().minus(ABANDONED_AFTER));
        if (removed > 0) {
            log.info("Removed {} readings of imports abandoned half-way", removed);
        }
    }
}
