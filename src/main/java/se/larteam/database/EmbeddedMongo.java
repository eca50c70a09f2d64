package se.larteam.database;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The in-process MongoDB-compatible server used when no {@code MONGODB_URI} is given. Bound to loopback on a free
 * port; the application talks to it with the ordinary driver, so no code knows which server it has.
 */
final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    static final int EVENT_LOOPS = 64;

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String description;
    private final FollowedOnlyOplog oplog;

    private EmbeddedMongo(MongoServer server, String description, Supplier<FollowedOnlyOplog> createdOplog) {
        this.server = server;
        // Change streams need the oplog, which the embedded server keeps only when asked (this creates it).
        server.enableOplog();
        this.oplog = createdOplog.get();
        // The server runs each command on its connection's event loop, and Netty's default gives only two loops
        // per core. A slow command then stalls every other connection on its loop: page reads waited hundreds of
        // ms behind change-stream polls. Enough loops give each pooled connection its own; idle loops cost a
        // parked thread.
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, EVENT_LOOPS);
        this.address = server.getLocalAddress();
        this.description = description;
    }

    static EmbeddedMongo start(MongoSettings settings) {
        FollowedOnlyOplog[] created = new FollowedOnlyOplog[1];
        return switch (settings.embeddedBackend()) {
            case "memory" -> new EmbeddedMongo(new MongoServer(new MemoryBackend() {
                @Override
                protected Oplog createOplog() {
                    return created[0] = followedOnly(getCursorRegistry(), getClock(), settings);
                }
            }), "in-memory", () -> created[0]);
            case "h2" -> {
                Path file = h2File(settings.dataDir());
                MongoBackend backend = new H2Backend(file.toString()) {
                    @Override
                    protected Oplog createOplog() {
                        return created[0] = followedOnly(getCursorRegistry(), getClock(), settings);
                    }
                };
                yield new EmbeddedMongo(new MongoServer(backend), "H2 file " + file, () -> created[0]);
            }
            default -> throw new IllegalArgumentException(
                    "larteam.mongodb.embedded-backend must be 'h2' or 'memory', not " + settings.embeddedBackend());
        };
    }

    /** One in-memory oplog per followed namespace. */
    private static FollowedOnlyOplog followedOnly(CursorRegistry cursors, Clock clock, MongoSettings settings) {
        MemoryOplog.Timestamps timestamps = new MemoryOplog.Timestamps(clock);
        return new FollowedOnlyOplog(namespace -> new MemoryOplog(namespace, timestamps, cursors),
                settings.embeddedOplogCollections());
    }

    private static Path h2File(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        return dataDir.toAbsolutePath().normalize().resolve("larteam.mv.db");
    }

    String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    String description() {
        return description;
    }

    /**
     * Forgets oplog entries older than the retention window. The embedded server never trims its oplog, so
     * without this a long-running node holds every followed write in memory.
     *
     * @return how many entries went
     */
    long trimOplog(Clock clock, Duration retention) {
        Instant cutoff = clock.instant().minus(retention);
        long trimmed = oplog.trim(cutoff);
        if (trimmed > 0) {
            log.debug("Trimmed {} oplog entries older than {}", trimmed, cutoff);
        }
        return trimmed;
    }

    /** How many oplog entries the collection {@code database.collection} has. */
    int oplogSize(String namespace) {
        return oplog.size(namespace);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
