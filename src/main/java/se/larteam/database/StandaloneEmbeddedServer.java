package se.larteam.database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * The application's embedded server, started on its own for benchmarks that share one server between several app
 * nodes: the same backend set-up (followed-only oplogs, event loops) the application gives itself, so what they
 * measure is what a node runs on.
 */
public final class StandaloneEmbeddedServer implements AutoCloseable {

    private final EmbeddedMongo server;

    private StandaloneEmbeddedServer(EmbeddedMongo server) {
        this.server = server;
    }

    /** @param backend {@code h2} (files in {@code dataDir}) or {@code memory} */
    public static StandaloneEmbeddedServer start(String backend, Path dataDir) {
        MongoSettings defaults = new MongoSettings("", "", dataDir, backend, Duration.ofSeconds(30),
                Duration.ofSeconds(5), false, Set.of("live_events", "collabUpdates", "collabAwareness"));
        return new StandaloneEmbeddedServer(EmbeddedMongo.start(defaults));
    }

    public String connectionString() {
        return server.connectionString();
    }

    /** What a node's {@link OplogTrimmer} does on its schedule; returns how many entries went. */
    public long trimOplog(Duration retention) {
        return server.trimOplog(Clock.systemUTC(), retention);
    }

    @Override
    public void close() {
        server.close();
    }
}
