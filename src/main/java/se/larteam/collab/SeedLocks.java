package se.larteam.collab;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who may put a document's initial content in (text from before co-editing, a template): one editor at a time under
 * a lock of {@link #LOCK} held in MongoDB, so editors on different nodes race for the same lock, and never again
 * once that editor's first update is stored. Letting every client that opens an empty document insert the text is a
 * known cause of duplicated text (each inserts it, Yjs keeps both).
 */
@Component
class SeedLocks {

    static final String COLLECTION = "collab_seeds";
    static final Duration LOCK = Duration.ofSeconds(10);

    enum Outcome {
        /** This editor holds the lock and inserts the content now. */
        GRANTED,
        /** Another editor holds the lock: its content arrives as an ordinary update. */
        WAIT,
        /** Seeded already. */
        DONE
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    /** Locks granted on this node and not yet used, holder to document: checked on every stored update, so cheap. */
    private final Map<String, String> granted = new ConcurrentHashMap<>();

    SeedLocks(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Takes the document's seed lock for this holder (one editor on one connection), if it is free or expired. */
    Outcome acquire(String document, String holder) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(LOCK));
        Document existing = mongo.findById(document, Document.class, COLLECTION);
        if (existing == null) {
            try {
                mongo.insert(new Document("_id", document).append("holder", holder).append("until", until)
                        .append("done", false), COLLECTION);
                granted.put(holder, document);
                return Outcome.GRANTED;
            } catch (DuplicateKeyException raced) {
                return Outcome.WAIT;
            }
        }
        if (existing.getBoolean("done", false)) {
            return Outcome.DONE;
        }
        // Only an expired lock (its holder vanished before storing anything) passes to someone else.
        Query free = Query.query(Criteria.where("_id").is(document).and("done").is(false).orOperator(
                Criteria.where("until").lt(now), Criteria.where("holder").is(holder)));
        long taken = mongo.updateFirst(free, Update.update("holder", holder).set("until", until), COLLECTION)
                .getModifiedCount();
        if (taken != 1) {
            return Outcome.WAIT;
        }
        granted.put(holder, document);
        return Outcome.GRANTED;
    }

    /** Nothing to seed, and the document is in use: no seed may come later. */
    void markDone(String document) {
        mongo.upsert(Query.query(Criteria.where("_id").is(document)), Update.update("done", true), COLLECTION);
    }

    /** Whether the document has been seeded. */
    boolean done(String document) {
        Document existing = mongo.findById(document, Document.class, COLLECTION);
        return existing != null && existing.getBoolean("done", false);
    }

    /**
     * An update of this holder is stored: if it held the lock, the document is seeded for good and the lock is
     * cleared. Anyone else's update changes nothing (and costs one map lookup).
     */
    void stored(String document, String holder) {
        if (granted.remove(holder, document)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document).and("holder").is(holder)),
                    Update.update("done", true).unset("until"), COLLECTION);
        }
    }
}
