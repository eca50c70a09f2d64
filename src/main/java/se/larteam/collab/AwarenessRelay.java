package se.larteam.collab;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;

import se.larteam.live.ChangeFeed;

/**
 * Awareness (cursors, names) across nodes: what a node accepts is written to the insert-only collection
 * {@value #COLLECTION} ({@code {_id, doc, node, update, at}}), which every node's live watcher follows. Writes are
 * throttled: each awareness client's latest state waits at most {@link #FLUSH} and is written once per flush (at
 * most ten a second per client, the latest state winning), all of them in one {@code insertMany}. Entries matter
 * only for the moment they arrive, so they are deleted after {@link #KEEP} by a scheduled delete (the embedded server
 * ignores TTL indexes); a node that misses some (history lost) loses nothing lasting, as providers renew their
 * state every 15 s.
 */
@Component
class AwarenessRelay implements ChangeFeed, DisposableBean {

    static final String COLLECTION = "collabAwareness";
    static final Duration FLUSH = Duration.ofMillis(100);
    static final Duration KEEP = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(AwarenessRelay.class);

    /** One client's latest awareness entry: its clock and JSON state ("null" when it is gone). */
    private record Entry(long clock, String state) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    /** Marks entries written here, so this node skips its own. */
    final String node = new ObjectId().toHexString();
    /** Per document, per awareness client: the latest entry not yet written. */
    private final Map<String, Map<Long, Entry>> pending = new LinkedHashMap<>();
    private volatile BiConsumer<String, byte[]> receiver = (doc, update) -> {
    };
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "collab-awareness");
        thread.setDaemon(true);
        return thread;
    });

    AwarenessRelay(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        timer.scheduleWithFixedDelay(this::flushQuietly, FLUSH.toMillis(), FLUSH.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::trimQuietly, 10, 10, TimeUnit.SECONDS);
    }

    /** Who hears other nodes' awareness updates (document name, y-protocols awareness update). */
    void receiveWith(BiConsumer<String, byte[]> receiver) {
        this.receiver = receiver;
    }

    /** Queues one client's awareness entry of the document for the other nodes; a later one replaces it. */
    void publish(String doc, long client, long clientClock, String state) {
        synchronized (pending) {
            pending.computeIfAbsent(doc, d -> new LinkedHashMap<>()).put(client, new Entry(clientClock, state));
        }
    }

    /** Writes what is queued, one entry per document (tests call it instead of waiting for the timer). */
    void flush() {
        Map<String, Map<Long, Entry>> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new LinkedHashMap<>(pending);
            pending.clear();
        }
        Date now = Date.from(clock.instant());
        List<Document> documents = new ArrayList<>(batch.size());
        batch.forEach((doc, entries) -> {
            Wire.Writer update = new Wire.Writer().varUint(entries.size());
            entries.forEach((client, e) -> update.varUint(client).varUint(e.clock()).varString(e.state()));
            documents.add(new Document("_id", new ObjectId()).append("doc", doc).append("node", node)
                    .append("update", new Binary(update.bytes())).append("at", now));
        });
        mongo.getCollection(COLLECTION).insertMany(documents);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.debug("Could not relay awareness: {}", e.toString());
        }
    }

    /** Deletes entries older than {@link #KEEP}; by the time in the id, which every server keys on. */
    void trim() {
        ObjectId cutoff = new ObjectId(String.format("%08x", clock.instant().minus(KEEP).getEpochSecond()) + "0".repeat(16));
        mongo.getCollection(COLLECTION).deleteMany(Filters.lt("_id", cutoff));
    }

    private void trimQuietly() {
        try {
            trim();
        } catch (RuntimeException e) {
            LOG.debug("Could not trim relayed awareness: {}", e.toString());
        }
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    /** Other nodes' awareness only. */
    @Override
    public Document wanted() {
        return new Document("node", new Document("$ne", node));
    }

    @Override
    public void inserted(Document document) {
        if (node.equals(document.getString("node"))) {
            return;
        }
        Binary update = document.get("update", Binary.class);
        String doc = document.getString("doc");
        if (update != null && doc != null) {
            receiver.accept(doc, update.getData());
        }
    }

    @Override
    public void historyLost() {
        // Nothing lasting is lost: providers renew their awareness every 15 s.
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
