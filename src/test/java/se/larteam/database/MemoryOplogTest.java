package se.larteam.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.OperationType;

/** Change streams on the embedded server's in-memory oplog, through the real driver over the wire. */
class MemoryOplogTest {

    @TempDir
    Path dir;

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoCollection<Document> collection;

    @BeforeEach
    void start() {
        server = EmbeddedMongo.start(new MongoSettings("", "", dir, "memory", Duration.ofSeconds(30),
                Duration.ofSeconds(5), false, Set.of("followed")));
        client = MongoClients.create(server.connectionString());
        collection = client.getDatabase("probe").getCollection("followed");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aStreamSeesEveryKindOfChangeInOrderWithTheDocumentAsInserted() {
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            collection.insertOne(new Document("_id", 1).append("text", "först"));
            collection.updateOne(Filters.eq("_id", 1), new Document("$set", new Document("text", "sedan"))
                    .append("$unset", new Document("gone", "")));
            collection.deleteOne(Filters.eq("_id", 1));

            List<ChangeStreamDocument<Document>> changes = next(cursor, 3);
            assertThat(changes).extracting(ChangeStreamDocument::getOperationType)
                    .containsExactly(OperationType.INSERT, OperationType.UPDATE, OperationType.DELETE);
            assertThat(changes.get(0).getFullDocument()).containsEntry("text", "först");
            assertThat(changes.get(0).getNamespace().getFullName()).isEqualTo("probe.followed");
            assertThat(changes.get(1).getUpdateDescription().getUpdatedFields().getString("text").getValue())
                    .isEqualTo("sedan");
            assertThat(changes.get(1).getUpdateDescription().getRemovedFields()).containsExactly("gone");
            assertThat(changes).allSatisfy(c -> assertThat(c.getDocumentKey().getInt32("_id").getValue())
                    .isEqualTo(1));
            assertThat(changes.get(0).getClusterTime()).isLessThan(changes.get(2).getClusterTime());
        }
    }

    @Test
    void aResumedStreamGetsExactlyWhatCameAfterItsToken() {
        BsonDocument token;
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            collection.insertMany(List.of(new Document("n", 1), new Document("n", 2)));
            token = next(cursor, 2).get(0).getResumeToken();
        }
        collection.insertOne(new Document("n", 3));

        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> resumed = collection.watch().resumeAfter(token)
                .cursor()) {
            assertThat(next(resumed, 2)).extracting(c -> c.getFullDocument().getInteger("n")).containsExactly(2, 3);
            assertThat(resumed.tryNext()).isNull();
        }
    }

    @Test
    void resumingFromWhatWasTrimmedAwayFailsAsOnARealServer() {
        BsonDocument token;
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            collection.insertMany(List.of(new Document("n", 1), new Document("n", 2)));
            token = next(cursor, 2).get(0).getResumeToken();
        }
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
        assertThat(server.trimOplog(later, Duration.ofSeconds(30))).isEqualTo(2);
        assertThat(server.oplogSize("probe.followed")).isZero();

        // Entry 2 came after the token and is gone: the watcher must hear so and reload, not miss it silently.
        assertThatThrownBy(() -> collection.watch().resumeAfter(token).cursor())
                .isInstanceOfSatisfying(MongoCommandException.class, e -> assertThat(e.getErrorCode()).isEqualTo(286));
        // A new stream still works.
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            collection.insertOne(new Document("n", 3));
            assertThat(next(cursor, 1).get(0).getFullDocument()).containsEntry("n", 3);
        }
    }

    @Test
    void aFilteredStreamGetsEachWantedInsertOnceWhilePassingOverTheRest() {
        List<org.bson.conversions.Bson> othersOnly = List.of(com.mongodb.client.model.Aggregates.match(
                Filters.ne("fullDocument.node", "self")));
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch(othersOnly).cursor()) {
            List<Integer> got = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                List<Document> batch = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    batch.add(new Document("node", "self").append("n", -1));
                }
                batch.add(new Document("node", "other").append("n", round));
                collection.insertMany(batch);
                // Polls that find nothing wanted move past what they looked at; the wanted one still comes.
                got.add(next(cursor, 1).get(0).getFullDocument().getInteger("n"));
                assertThat(cursor.tryNext()).isNull();
            }
            assertThat(got).containsExactly(0, 1, 2, 3, 4);
        }
    }

    @Test
    void recentEntriesSurviveATrim() {
        collection.watch().cursor().close();
        collection.insertOne(new Document("n", 1));
        assertThat(server.trimOplog(Clock.systemUTC(), Duration.ofSeconds(30))).isZero();
        assertThat(server.oplogSize("probe.followed")).isEqualTo(1);
    }

    @Test
    void concurrentWritersAreSeenOnceEachWhileTheStreamIsPolled() throws Exception {
        int writers = 4;
        int each = 300;
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        collection.insertOne(new Document("n", writer * each + i));
                    }
                }));
            }
            // Polled while the writers run: a poll must never step past an entry that is still being added.
            Set<Integer> seen = new HashSet<>();
            List<Integer> order = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < writers * each && System.nanoTime() < deadline) {
                ChangeStreamDocument<Document> change = cursor.tryNext();
                if (change != null) {
                    int n = change.getFullDocument().getInteger("n");
                    assertThat(seen.add(n)).as("seen once: %d", n).isTrue();
                    order.add(n);
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(seen).hasSize(writers * each);
            // Each writer's own inserts arrive in the order it made them.
            for (int w = 0; w < writers; w++) {
                int writer = w;
                List<Integer> own = order.stream().filter(n -> n / each == writer).toList();
                assertThat(own).isSorted();
            }
        }
    }

    private static List<ChangeStreamDocument<Document>> next(
            MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor, int count) {
        List<ChangeStreamDocument<Document>> changes = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (changes.size() < count && System.nanoTime() < deadline) {
            ChangeStreamDocument<Document> change = cursor.tryNext();
            if (change != null) {
                changes.add(change);
            }
        }
        assertThat(changes).hasSize(count);
        return changes;
    }
}
