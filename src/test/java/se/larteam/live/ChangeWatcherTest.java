package se.larteam.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import se.larteam.testing.MutableClock;
import se.larteam.user.UserId;

/**
 * The watcher across a database restart: it resumes from its token and misses nothing; cut off for longer than
 * its history window, it tells subscribers to reload. Runs its own embedded server (H2 file) so it can stop it.
 */
@Tag("embedded-only")
class ChangeWatcherTest {

    private static final UserId PERSON = new UserId("watcher-test-person");
    private static final LiveSettings SETTINGS = new LiveSettings(Duration.ofMillis(50), Duration.ofMinutes(10),
            Duration.ofMinutes(1), Duration.ofMillis(100));

    @TempDir
    Path dataDir;

    private MongoServer server;
    private MongoClient client;
    private ChangeWatcher watcher;

    @AfterEach
    void tearDown() {
        if (watcher != null) {
            watcher.stop();
        }
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void resumesAfterTheDatabaseRestartsWithoutMissingEvents() throws Exception {
        int port = freePort();
        server = start(port);
        MutableClock clock = new MutableClock();
        LiveEvents events = connect(port, clock);
        Inbox inbox = watch(clock);

        publish(events, "before-restart");
        assertThat(inbox.next().kind()).isEqualTo("before-restart");

        server.shutdownNow();
        server = start(port);
        // Written while the watcher is still reconnecting: it must come through the resumed stream.
        publish(events, "right-after-restart");
        publish(events, "later");

        assertThat(inbox.next()).extracting(LiveEvent::kind).isEqualTo("right-after-restart");
        assertThat(inbox.next()).extracting(LiveEvent::kind).isEqualTo("later");
        assertThat(inbox.signals).isEmpty();
    }

    @Test
    void cutOffLongerThanTheHistoryWindowMeansReload() throws Exception {
        int port = freePort();
        server = start(port);
        MutableClock clock = new MutableClock();
        LiveEvents events = connect(port, clock);
        Inbox inbox = watch(clock);
        publish(events, "first");
        assertThat(inbox.next()).isNotNull();

        server.shutdownNow();
        // Let the watcher notice that the connection is gone before time moves on.
        Thread.sleep(1_500);
        clock.advance(SETTINGS.historyWindow().plusMinutes(1));
        server = start(port);

        assertThat(inbox.nextSignal()).isEqualTo("reload");
        publish(events, "after-reload");
        assertThat(inbox.next()).extracting(LiveEvent::kind).isEqualTo("after-reload");
    }

    @Test
    void aFeedHearsOnlyTheInsertsItWants() throws Exception {
        int port = freePort();
        server = start(port);
        connect(port, Clock.systemUTC());
        java.util.concurrent.BlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        ChangeFeed othersOnly = new ChangeFeed() {
            @Override
            public String collection() {
                return "filtered_probe";
            }

            @Override
            public org.bson.Document wanted() {
                return new org.bson.Document("node", new org.bson.Document("$ne", "this-node"));
            }

            @Override
            public void inserted(org.bson.Document document) {
                heard.add(document.getString("text"));
            }

            @Override
            public void historyLost() {
            }
        };
        watcher = new ChangeWatcher(new SimpleMongoClientDatabaseFactory(client, "larteam"), List.of(othersOnly),
                SETTINGS, Clock.systemUTC());
        watcher.start();

        var probe = client.getDatabase("larteam").getCollection("filtered_probe");
        for (String node : List.of("this-node", "other-node", "this-node", "third-node")) {
            probe.insertOne(new org.bson.Document("node", node).append("text", "från " + node));
        }
        probe.updateOne(new org.bson.Document("node", "other-node"),
                new org.bson.Document("$set", new org.bson.Document("text", "ändrad")));
        probe.insertOne(new org.bson.Document("node", "other-node").append("text", "sist"));

        List<String> got = new java.util.ArrayList<>();
        while (got.size() < 3) {
            String next = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(next).as("heard so far: %s", got).isNotNull();
            got.add(next);
        }
        // The last insert has arrived, so anything filtered wrongly would have arrived before it.
        assertThat(got).containsExactly("från other-node", "från third-node", "sist");
        assertThat(heard).isEmpty();
    }

    /** Starts the watcher under test with one subscriber to the test person's topic. */
    private Inbox watch(Clock clock) {
        LiveUpdates live = new LiveUpdates(List.of());
        watcher = new ChangeWatcher(new SimpleMongoClientDatabaseFactory(client, "larteam"), List.of(live), SETTINGS, clock);
        watcher.start();
        Inbox inbox = new Inbox();
        live.subscribe(PERSON, Topic.person(PERSON), inbox);
        return inbox;
    }

    private MongoServer start(int port) {
        MongoServer mongo = new MongoServer(new H2Backend(dataDir.resolve("db.mv").toString()));
        mongo.enableOplog();
        mongo.bind("127.0.0.1", port);
        return mongo;
    }

    private LiveEvents connect(int port, Clock clock) {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(20, java.util.concurrent.TimeUnit.SECONDS))
                .build());
        return new LiveEvents(new MongoTemplate(client, "larteam"), SETTINGS, clock);
    }

    /** The first write after a restart may meet a dead pooled connection; the driver drops it, so try once more. */
    private static void publish(LiveEvents events, String kind) {
        try {
            events.publish(PERSON, kind, List.of(Topic.person(PERSON)), Audience.onlyPeople(java.util.Set.of(PERSON)), Map.of());
        } catch (org.springframework.dao.DataAccessResourceFailureException staleConnection) {
            events.publish(PERSON, kind, List.of(Topic.person(PERSON)), Audience.onlyPeople(java.util.Set.of(PERSON)), Map.of());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
