package se.larteam.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Stores an import's readings in chunks, telling {@code progress} (stored, total) after each, so a page can show a
 * progress bar. Still all or nothing: the embedded server has no transactions, so when a chunk fails, the chunks
 * stored before it are removed again before the failure is passed on. (While an import runs, its first chunks are
 * briefly visible to others; the live event that tells pages to refresh comes only once all are stored.)
 */
final class ReadingBatches {

    /** Small enough that a bar moves on a few hundred entries, large enough that a write is not per reading. */
    static final int CHUNK = 50;

    private ReadingBatches() {
    }

    static void insert(MongoTemplate mongo, List<Reading> readings, BiConsumer<Integer, Integer> progress) {
        List<String> stored = new ArrayList<>();
        try {
            for (int from = 0; from < readings.size(); from += CHUNK) {
                List<Reading> chunk = readings.subList(from, Math.min(readings.size(), from + CHUNK));
                mongo.insertAll(chunk);
                chunk.forEach(r -> stored.add(r.id()));
                progress.accept(stored.size(), readings.size());
            }
        } catch (RuntimeException failed) {
            if (!stored.isEmpty()) {
                mongo.remove(Query.query(Criteria.where("_id").in(stored)), Reading.class);
            }
            throw failed;
        }
    }
}
