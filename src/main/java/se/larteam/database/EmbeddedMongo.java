package se.larteam.database;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bson.BsonTimestamp;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The in-process MongoDB-compatible server used when no {@code MONGODB_URI} is given. Bound to loopback on a free
 * port; the application talks to it with the ordinary driver, so no code knows which server it has.
 */
final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String description;

    private EmbeddedMongo(MongoServer server, String description) {
        this.server = server;
        // Change streams need the oplog, which the embedded server keeps only when asked.
        server.enableOplog();
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        this.description = description;
    }

    static EmbeddedMongo start(MongoSettings settings) {
        return switch (settings.embeddedBackend()) {
            case "memory" -> new EmbeddedMongo(new MongoServer(new MemoryBackend()), "in-memory");
            case "h2" -> {
                Path file = h2File(settings.dataDir());
                MongoBackend backend = new H2BackendWithMemoryOplog(file.toString());
                yield new EmbeddedMongo(new MongoServer(backend), "H2 file " + file);
            }
            default -> throw new IllegalArgumentException(
                    "larteam.mongodb.embedded-backend must be 'h2' or 'memory', not " + settings.embeddedBackend());
        };
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
     * Deletes oplog entries older than the retention window. The embedded server never trims its oplog, and every
     * change-stream poll scans all of it, so without this a long-running node slows down with every write.
     *
     * @return how many entries were deleted
     */
    static long trimOplog(MongoClient client, Clock clock, Duration retention) {
        Instant cutoff = clock.instant().minus(retention);
        BsonTimestamp before = new BsonTimestamp((int) cutoff.getEpochSecond(), 0);
        long deleted = client.getDatabase("local").getCollection("oplog.rs")
                .deleteMany(Filters.lt("ts", before)).getDeletedCount();
        if (deleted > 0) {
            log.debug("Trimmed {} oplog entries older than {}", deleted, cutoff);
        }
        return deleted;
    }

    static long oplogSize(MongoClient client) {
        return client.getDatabase("local").getCollection("oplog.rs").countDocuments(new Document());
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
