package se.larteam.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

import se.larteam.live.ChangeFeed;

/** The embedded server's particular duties: an oplog for change streams, trimmed to a window. */
@SpringBootTest
@Tag("embedded-only")
class EmbeddedMongoTest {

    @Autowired
    MongoConfiguration.EmbeddedMongoHolder embedded;
    @Autowired
    MongoDatabaseFactory databases;
    @Autowired
    MongoSettings settings;
    @Autowired
    DatabaseInfo database;

    @Test
    void runsOnTheEmbeddedServer() {
        assertThat(database.embedded()).isTrue();
        assertThat(database.description()).contains("in-memory");
    }

    @Test
    void changeStreamsSeeInserts() {
        MongoCollection<Document> collection = databases.getMongoDatabase().getCollection("change_stream_probe");
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            collection.insertOne(new Document("n", 1));
            ChangeStreamDocument<Document> event = null;
            for (int i = 0; i < 50 && event == null; i++) {
                event = cursor.tryNext();
            }
            assertThat(event).isNotNull();
            assertThat(event.getFullDocument()).containsEntry("n", 1);
        }
    }

    @Test
    void oplogEntriesOlderThanTheWindowAreDeleted() {
        MongoCollection<Document> collection = databases.getMongoDatabase().getCollection("oplog_probe");
        collection.watch().cursor().close(); // followed from now on
        collection.insertMany(List.of(new Document("n", 1), new Document("n", 2), new Document("n", 3)));
        String namespace = databases.getMongoDatabase().getName() + ".oplog_probe";
        assertThat(oplogEntriesFor(namespace)).isEqualTo(3);

        new OplogTrimmer(embedded.server(), settings, Clock.systemUTC()).trim();
        assertThat(oplogEntriesFor(namespace)).as("recent entries stay").isEqualTo(3);

        Clock later = Clock.offset(Clock.systemUTC(), settings.oplogRetention().plus(Duration.ofMinutes(1)));
        long deleted = new OplogTrimmer(embedded.server(), settings, later).trim();
        assertThat(deleted).isGreaterThanOrEqualTo(3);
        assertThat(oplogEntriesFor(namespace)).isZero();
        assertThat(collection.countDocuments()).as("the data itself stays").isEqualTo(3);
    }

    @Test
    void writesNobodyFollowsStayOutOfTheOplog() {
        MongoCollection<Document> collection = databases.getMongoDatabase().getCollection("unfollowed_probe");
        collection.insertMany(List.of(new Document("n", 1), new Document("n", 2)));
        collection.updateOne(Filters.eq("n", 1), new Document("$set", new Document("n", 10)));
        collection.deleteOne(Filters.eq("n", 2));
        assertThat(oplogEntriesFor(databases.getMongoDatabase().getName() + ".unfollowed_probe")).isZero();
        assertThat(collection.countDocuments()).as("the writes themselves happened").isEqualTo(1);
    }

    @Test
    void everyFollowedCollectionIsRecordedFromTheStart(@Autowired List<ChangeFeed> feeds) {
        // Named in the settings, a feed's inserts are kept even before its change stream opens after a restart.
        assertThat(feeds).isNotEmpty();
        assertThat(settings.embeddedOplogCollections())
                .containsAll(feeds.stream().map(ChangeFeed::collection).toList());
    }

    @Test
    void aRealServersOplogIsLeftAlone() {
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
        assertThat(new OplogTrimmer(null, settings, later).trim()).isZero();
    }

    private long oplogEntriesFor(String namespace) {
        return embedded.server().oplogSize(namespace);
    }
}
