package se.larteam.database;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.OplogPosition;

/**
 * The embedded server's oplog of one collection, kept in memory and ordered by timestamp, so a change-stream poll
 * reads only the entries after the cursor's position. The server's own oplog is a collection that every poll
 * scans and sorts whole (with 30 s of co-editing updates that was most of the embedded database's CPU) and that
 * the trim deletes from by query.
 * <p>
 * What a change stream gets follows MongoDB: insert (with the full document as inserted), update (the fields set
 * and removed; no {@code updateLookup}), delete, and drop, each with its resume token and cluster time. Resuming
 * from a position older than what was trimmed fails with ChangeStreamHistoryLost (286), as on a real server, so
 * the watcher knows to reload instead of silently missing what was trimmed.
 */
final class MemoryOplog implements FollowedOnlyOplog.CollectionOplog {

    /** One clock for every oplog of the server: timestamps (seconds + increment) never repeat and only grow. */
    static final class Timestamps {
        private final Clock clock;
        private int increment;

        Timestamps(Clock clock) {
            this.clock = clock;
        }

        synchronized BsonTimestamp next() {
            return new BsonTimestamp(clock.instant(), ++increment);
        }

        synchronized BsonTimestamp now() {
            return new BsonTimestamp(clock.instant(), increment);
        }
    }

    private record Entry(BsonTimestamp timestamp, String operation, Document change) {
    }

    private static final int HISTORY_LOST = 286;

    private final String database;
    private final String collection;
    private final Timestamps timestamps;
    private final CursorRegistry cursors;
    private final ConcurrentSkipListMap<Long, Entry> entries = new ConcurrentSkipListMap<>();
    /**
     * What this oplog no longer has: entries up to here were trimmed, or came before it existed (a resume token
     * from before a restart of the server finds nothing after it here, and must hear so).
     */
    private volatile long trimmedThrough;

    MemoryOplog(String namespace, Timestamps timestamps, CursorRegistry cursors) {
        int dot = namespace.indexOf('.');
        this.database = namespace.substring(0, dot);
        this.collection = namespace.substring(dot + 1);
        this.timestamps = timestamps;
        this.cursors = cursors;
        this.trimmedThrough = timestamps.now().getValue();
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        // Copied: the stored document may change later, the event must show it as inserted.
        documents.forEach(d -> append("insert", new Document("fullDocument", d.cloneDeeply())
                .append("documentKey", new Document("_id", d.get("_id")))));
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document update, List<Object> modifiedIds) {
        Document description = updateDescription(update);
        modifiedIds.forEach(id -> append("update", new Document("documentKey", new Document("_id", id))
                .append("updateDescription", description)));
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        deletedIds.forEach(id -> append("delete", new Document("documentKey", new Document("_id", id))));
    }

    @Override
    public void handleDropCollection(String namespace) {
        append("drop", new Document());
    }

    /** Under the lock, so entries go in in timestamp order and a poll never passes one that is still coming. */
    private synchronized void append(String operation, Document change) {
        BsonTimestamp timestamp = timestamps.next();
        entries.put(timestamp.getValue(), new Entry(timestamp, operation, change));
    }

    private static Document updateDescription(Document update) {
        boolean operators = update.keySet().stream().anyMatch(k -> k.startsWith("$"));
        Document updated = new Document();
        if (!operators) {
            updated.putAll(update); // a replacement: every field is new
        } else if (update.get("$set") instanceof Document set) {
            updated.putAll(set);
        }
        List<String> removed = update.get("$unset") instanceof Document unset ? List.copyOf(unset.keySet())
                : List.of();
        return new Document("updatedFields", updated).append("removedFields", removed);
    }

    @Override
    public Cursor createCursor(Document changeStream, String namespace, Aggregation aggregation) {
        Document startAfter = (Document) changeStream.get("startAfter");
        Document resumeAfter = (Document) changeStream.get("resumeAfter");
        BsonTimestamp startAt = (BsonTimestamp) changeStream.get("startAtOperationTime");
        OplogPosition start;
        if (startAfter != null || resumeAfter != null) {
            start = OplogPosition.fromDocument(startAfter != null ? startAfter : resumeAfter);
            if (valueOf(start) < trimmedThrough) {
                throw new MongoServerError(HISTORY_LOST, "ChangeStreamHistoryLost",
                        "Resume of change stream was not possible, as the resume point may no longer be in the oplog.");
            }
        } else if (startAt != null) {
            start = new OplogPosition(startAt).inclusive();
        } else {
            start = new OplogPosition(timestamps.now());
        }
        ChangeCursor cursor = new ChangeCursor(cursors.generateCursorId(), start, aggregation);
        cursors.add(cursor);
        return cursor;
    }

    /**
     * A change stream's cursor. It moves on past every entry it has looked at, also those the stream's own filter
     * left out: the server's cursor moves only to the last event it returned, so a stream filtering out most
     * entries (a node leaving out its own writes) looked at them all again on every poll.
     */
    private final class ChangeCursor extends AbstractCursor {

        private final Aggregation stages;
        private OplogPosition position;

        ChangeCursor(long id, OplogPosition start, Aggregation stages) {
            super(id);
            this.position = start;
            this.stages = stages;
        }

        @Override
        public boolean isEmpty() {
            return false; // a change stream stays open
        }

        @Override
        public synchronized List<Document> takeDocuments(int limit) {
            OplogPosition from = position;
            Entry[] examined = {null};
            // Lazy: the stages (a $match) pull entries one by one, and the limit stops pulling once it is reached,
            // so the last entry pulled is exactly as far as this batch looked.
            Stream<Document> events = stages.runStagesAsStream(entries.tailMap(valueOf(from), true).values().stream()
                    .filter(e -> new OplogPosition(e.timestamp()).isAfter(from))
                    .peek(e -> examined[0] = e)
                    .map(MemoryOplog.this::event));
            List<Document> batch = (limit > 0 ? events.limit(limit) : events).toList();
            if (examined[0] != null) {
                position = new OplogPosition(examined[0].timestamp());
            }
            return batch;
        }
    }

    private Document event(Entry entry) {
        Document event = new Document("_id", new Document("_data", Long.toHexString(entry.timestamp().getValue())))
                .append("operationType", entry.operation())
                .append("clusterTime", entry.timestamp())
                .append("ns", new Document("db", database).append("coll", collection));
        entry.change().forEach(event::append);
        return event;
    }

    private static long valueOf(OplogPosition position) {
        return Long.parseUnsignedLong(position.toHexString(), 16);
    }

    @Override
    public long trim(Instant cutoff) {
        NavigableMap<Long, Entry> old = entries.headMap(new BsonTimestamp(cutoff, 0).getValue(), false);
        if (old.isEmpty()) {
            return 0;
        }
        long last = old.lastKey();
        int count = old.size();
        old.clear();
        trimmedThrough = Math.max(trimmedThrough, last);
        return count;
    }

    @Override
    public int size() {
        return entries.size();
    }
}
