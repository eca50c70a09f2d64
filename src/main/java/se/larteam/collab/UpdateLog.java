package se.larteam.collab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import se.larteam.collab.yjs.YUpdates;

/**
 * The MongoDB update log of co-edited documents: one entry per accepted Yjs update
 * ({@code {_id, doc, update, node, merged}}), written in batches (one {@code insertMany} for whatever arrived while
 * the previous batch was written, so the rate of inserts stays low) by one writer thread, which also runs
 * compactions, so a compaction always sees every update appended before it. Compaction inserts the merged update
 * first and then deletes the entries it merged, by id: a crash in between leaves both, and readers merge whatever
 * is there (merging overlapping Yjs updates is harmless).
 */
@Component
class UpdateLog implements DisposableBean {

    static final String COLLECTION = "collabUpdates";
    private static final Logger LOG = LoggerFactory.getLogger(UpdateLog.class);

    record Entry(ObjectId id, byte[] update) {
    }

    private record Pending(Document document, CompletableFuture<Void> durable) {
    }

    private final MongoTemplate mongo;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "collab-update-log");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Pending> pending = new ArrayList<>();
    private boolean flushScheduled;
    private final AtomicLong batches = new AtomicLong();
    /** Marks entries written here, so the change feed can skip this node's own updates. */
    final String node = new ObjectId().toHexString();

    UpdateLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    /** Every stored entry of the document (merged ones and single updates alike). */
    List<Entry> load(String doc) {
        List<Entry> entries = new ArrayList<>();
        for (Document d : collection().find(Filters.eq("doc", doc))) {
            entries.add(new Entry(d.getObjectId("_id"), d.get("update", Binary.class).getData()));
        }
        return entries;
    }

    /** The entries once every append made before this call is stored (what a document opened now must see). */
    List<Entry> loadAfterPending(String doc) {
        return CompletableFuture.supplyAsync(() -> load(doc), writer).join();
    }

    /** Appends the update; the future completes once it is stored (or fails with the write's error). */
    CompletableFuture<Void> append(String doc, byte[] update, String origin) {
        return append(new ObjectId(), doc, update, origin);
    }

    /** Appends the update as the entry {@code id} (so the caller can later replace it by a merged entry). */
    CompletableFuture<Void> append(ObjectId id, String doc, byte[] update, String origin) {
        Document document = new Document("_id", id).append("doc", doc).append("update", new Binary(update))
                .append("node", node).append("origin", origin).append("merged", false);
        CompletableFuture<Void> durable = new CompletableFuture<>();
        synchronized (pending) {
            pending.add(new Pending(document, durable));
            if (!flushScheduled) {
                flushScheduled = true;
                writer.execute(this::flush);
            }
        }
        return durable;
    }

    /** Merges the document's entries into one; runs after every append made before it. */
    CompletableFuture<Integer> compact(String doc) {
        try {
            return CompletableFuture.supplyAsync(() -> compactNow(doc), writer);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down (sockets close after the log stopped): the next compaction merges these entries too.
            return CompletableFuture.completedFuture(0);
        }
    }

    /**
     * Stores {@code merged} as the entry {@code mergedId} and then deletes the entries {@code replaced} by id (they
     * must all be contained in {@code merged}), after every append made before this call. An open document knows
     * its content and the ids of the entries it came from, so this needs no read of the log (the embedded server
     * scans the whole collection for a query by document).
     */
    CompletableFuture<Void> replace(String doc, ObjectId mergedId, byte[] merged, List<ObjectId> replaced) {
        try {
            return CompletableFuture.runAsync(() -> {
                collection().insertOne(mergedEntry(mergedId, doc, merged));
                collection().deleteMany(Filters.in("_id", replaced));
            }, writer);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private Document mergedEntry(ObjectId id, String doc, byte[] merged) {
        return new Document("_id", id).append("doc", doc).append("update", new Binary(merged)).append("node", node)
                .append("merged", true);
    }

    /** Runs the task on the writer thread, after whatever is queued (tests hold the writer with it). */
    CompletableFuture<Void> onWriter(Runnable task) {
        return CompletableFuture.runAsync(task, writer);
    }

    long batchesWritten() {
        return batches.get();
    }

    private void flush() {
        List<Pending> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
            flushScheduled = false;
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            collection().insertMany(batch.stream().map(Pending::document).toList());
            batches.incrementAndGet();
            batch.forEach(p -> p.durable().complete(null));
        } catch (RuntimeException e) {
            LOG.warn("Could not store {} co-editing updates", batch.size(), e);
            batch.forEach(p -> p.durable().completeExceptionally(e));
        }
    }

    private int compactNow(String doc) {
        List<Entry> entries = load(doc);
        if (entries.size() < 2) {
            return entries.size();
        }
        byte[] merged = YUpdates.mergeUpdates(entries.stream().map(Entry::update).toList());
        collection().insertOne(mergedEntry(new ObjectId(), doc, merged));
        collection().deleteMany(Filters.in("_id", entries.stream().map(Entry::id).toList()));
        return 1;
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
