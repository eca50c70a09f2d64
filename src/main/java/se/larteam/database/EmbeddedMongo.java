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
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.oplog.CollectionBackedOplog;
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

    private EmbeddedMongo(MongoServer server, String description) {
        this.server = server;
        // Change streams need the oplog, which the embedded server keeps only when asked.
        server.enableOplog();
        // The server runs each command on its connection's event loop, and Netty's default gives only two loops
        // per core. A slow command (a change-stream poll scanning the oplog, the oplog trim) then stalls every
        // other connection on its loop: page reads waited hundreds of ms behind them. Enough loops give each
        // pooled connection its own; idle loops cost a parked thread.
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, EVENT_LOOPS);
        this.address = server.getLocalAddress();
        this.description = description;
    }

    static EmbeddedMongo start(MongoSettings settings) {
        return switch (settings.embeddedBackend()) {
            case "memory" -> new EmbeddedMongo(new MongoServer(new MemoryBackend() {
                @Override
                protected Oplog createOplog() {
                    return followedOnly(this, getCursorRegistry(), settings);
                }
            }), "in-memory");
            case "h2" -> {
                Path file = h2File(settings.dataDir());
                MongoBackend backend = new H2BackendWithMemoryOplog(file.toString()) {
                    @Override
                    protected Oplog createOplog() {
                        return followedOnly(this, getCursorRegistry(), settings);
                    }
                };
                yield new EmbeddedMongo(new MongoServer(backend), "H2 file " + file);
            }
            default -> throw new IllegalArgumentException(
                    "larteam.mongodb.embedded-backend must be 'h2' or 'memory', not " + settings.embeddedBackend());
        };
    }

    /** One oplog collection per followed namespace, in the server's {@code local} database. */
    @SuppressWarnings("unchecked")
    private static Oplog followedOnly(AbstractMongoBackend backend, CursorRegistry cursors, MongoSettings settings) {
        return new FollowedOnlyOplog(namespace -> {
            MongoDatabase local = backend.resolveDatabase("local");
            String name = FollowedOnlyOplog.PREFIX + namespace;
            synchronized (local) {
                de.bwaldvogel.mongo.MongoCollection<?> collection = local.resolveCollection(name, false);
                if (collection == null) {
                    collection = local.createCollectionOrThrowIfExists(name);
                }
                return new CollectionBackedOplog(backend, (de.bwaldvogel.mongo.MongoCollection<de.bwaldvogel.mongo.bson.Document>) collection,
                        cursors);
            }
        }, settings.embeddedOplogCollections());
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
        com.mongodb.client.MongoDatabase local = client.getDatabase("local");
        long deleted = 0;
        for (String name : oplogCollections(local)) {
            deleted += local.getCollection(name).deleteMany(Filters.lt("ts", before)).getDeletedCount();
        }
        if (deleted > 0) {
            log.debug("Trimmed {} oplog entries older than {}", deleted, cutoff);
        }
        return deleted;
    }

    static long oplogSize(MongoClient client) {
        com.mongodb.client.MongoDatabase local = client.getDatabase("local");
        return oplogCollections(local).stream().mapToLong(name -> local.getCollection(name).countDocuments()).sum();
    }

    private static java.util.List<String> oplogCollections(com.mongodb.client.MongoDatabase local) {
        return local.listCollectionNames().into(new java.util.ArrayList<>()).stream()
                .filter(name -> name.startsWith(FollowedOnlyOplog.PREFIX)).toList();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
