package se.larteam.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;

/** Which writes reach the embedded server's oplog (the server itself is exercised in {@link EmbeddedMongoTest}). */
class FollowedOnlyOplogTest {

    private final List<String> recorded = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final FollowedOnlyOplog oplog = new FollowedOnlyOplog(namespace -> {
        opened.add(namespace);
        return new Recording();
    }, Set.of("live_events"));

    @Test
    void configuredCollectionsAreRecordedInEveryDatabase() {
        oplog.handleInsert("larteam.live_events", List.of(new Document("n", 1)));
        oplog.handleInsert("lt_test_1.live_events", List.of(new Document("n", 2)));
        assertThat(recorded).containsExactly("insert larteam.live_events", "insert lt_test_1.live_events");
        assertThat(opened).as("one oplog per collection, so a poll scans only its own entries")
                .containsExactly("larteam.live_events", "lt_test_1.live_events");
    }

    @Test
    void otherCollectionsAreRecordedOnlyOnceSomeoneFollowsThem() {
        oplog.handleInsert("larteam.meetings", List.of(new Document("n", 1)));
        oplog.handleUpdate("larteam.meetings", new Document(), new Document(), List.of(1));
        oplog.handleDelete("larteam.meetings", new Document(), List.of(1));
        oplog.handleDropCollection("larteam.meetings");
        assertThat(recorded).isEmpty();

        oplog.createCursor(new Document(), "larteam.meetings", null);
        oplog.handleUpdate("larteam.meetings", new Document(), new Document(), List.of(1));
        oplog.handleDropCollection("larteam.meetings");
        assertThat(recorded).containsExactly("cursor larteam.meetings", "update larteam.meetings",
                "drop larteam.meetings");
    }

    @Test
    void collectionNamesWithDotsAreMatchedWhole() {
        oplog.handleInsert("larteam.live_events.old", List.of(new Document("n", 1)));
        oplog.handleInsert("local.live_events", List.of(new Document("n", 1)));
        assertThat(recorded).isEmpty();
        assertThat(oplog.followed("larteam.live_events")).isTrue();
    }

    private final class Recording implements FollowedOnlyOplog.CollectionOplog {
        @Override
        public long trim(java.time.Instant cutoff) {
            return 0;
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public void handleInsert(String namespace, List<Document> documents) {
            recorded.add("insert " + namespace);
        }

        @Override
        public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
            recorded.add("update " + namespace);
        }

        @Override
        public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
            recorded.add("delete " + namespace);
        }

        @Override
        public void handleDropCollection(String namespace) {
            recorded.add("drop " + namespace);
        }

        @Override
        public Cursor createCursor(Document changeStreamDocument, String namespace, Aggregation aggregation) {
            recorded.add("cursor " + namespace);
            return null;
        }
    }
}
