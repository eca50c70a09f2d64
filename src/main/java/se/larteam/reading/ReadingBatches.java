package se.larteam.reading;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores an import's readings in chunks, telling {@code progress} (stored, total) after each, so a page can show a
 * progress bar, and keeps the import invisible until it is complete: each reading is stored with the import's id in
 * {@code pendingImport}, which every read and the search index leave out, and one update clears it on all of them
 * at the end. The embedded server has no transactions; this way nobody ever sees part of an import. When a chunk
 * fails, the import's pending readings are removed before the failure is passed on; when the whole process dies
 * half-way, they stay pending (never seen) until {@link PendingImports} removes them at the next start.
 */
final class ReadingBatches {

    private static final Logger log = LoggerFactory.getLogger(ReadingBatches.class);

    /** Small enough that a bar moves on a few hundred entries, large enough that a write is not per reading. */
    static final int CHUNK = 50;

    private ReadingBatches() {
    }

    static void insert(MongoTemplate mongo, List<Reading> readings, BiConsumer<Integer, Integer> progress) {
        String importId = UUID.randomUUID().toString();
        try {
            for (int from = 0; from < readings.size(); from += CHUNK) {
                int to = Math.min(readings.size(), from + CHUNK);
                mongo.insertAll(readings.subList(from, to).stream().map(r -> r.pending(importId)).toList());
                progress.accept(to, readings.size());
            }
            // Decided: from here on the import is finished, not undone, whatever happens. A real MongoDB applies a
            // multi-document update one document at a time, so a process dying during it must leave a mark that
            // the next start completes it rather than removing what is already visible.
            mongo.insert(new org.bson.Document("_id", importId), COMMITTED);
            // One update: the whole import becomes visible (at once on the embedded server).
            mongo.updateMulti(ofImport(importId), new Update().unset(Reading.PENDING_IMPORT), Reading.class);
            mongo.remove(Query.query(Criteria.where("_id").is(importId)), COMMITTED);
            return;
        } catch (RuntimeException failed) {
            if (committed(mongo, importId)) {
                // Finished at the next start (see completeCommitted); removing now would take visible readings away.
                throw failed;
            }
            try {
                mongo.remove(ofImport(importId), Reading.class);
            } catch (RuntimeException alsoFailed) {
                // Still pending, so never seen; removed at the next start.
                log.warn("Could not remove the pending readings of failed import {}", importId, alsoFailed);
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }

    /** Imports decided finished whose readings may still be partly pending (the process died meanwhile). */
    static final String COMMITTED = "reading_imports_committed";

    private static boolean committed(MongoTemplate mongo, String importId) {
        try {
            return mongo.exists(Query.query(Criteria.where("_id").is(importId)), COMMITTED);
        } catch (RuntimeException unknown) {
            return true; // cannot tell: leave it to the next start rather than risk removing visible readings
        }
    }

    /** Makes the rest of every import that was decided finished visible; returns how many readings that showed. */
    static long completeCommitted(MongoTemplate mongo) {
        long shown = 0;
        for (org.bson.Document mark : mongo.findAll(org.bson.Document.class, COMMITTED)) {
            String importId = mark.getString("_id");
            shown += mongo.updateMulti(ofImport(importId), new Update().unset(Reading.PENDING_IMPORT), Reading.class)
                    .getModifiedCount();
            mongo.remove(Query.query(Criteria.where("_id").is(importId)), COMMITTED);
        }
        return shown;
    }

    /** Removes the readings of imports still pending that began before {@code before}; returns how many. */
    static long removeAbandoned(MongoTemplate mongo, Instant before) {
        return mongo.remove(Query.query(Criteria.where(Reading.PENDING_IMPORT).exists(true).and("addedAt").lt(before)),
                Reading.class).getDeletedCount();
    }

    private static Query ofImport(String importId) {
        return Query.query(Criteria.where(Reading.PENDING_IMPORT).is(importId));
    }
}
