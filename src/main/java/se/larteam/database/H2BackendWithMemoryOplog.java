package se.larteam.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * The embedded server's H2 backend with its {@code local} database (only the oplogs, see {@link FollowedOnlyOplog})
 * kept in memory. Every
 * change-stream poll scans the whole oplog, and on H2 each entry is deserialized (Java serialization) on every scan
 * and serialized once more on every write: under co-editing load (two oplog entries per stored update) that was most
 * of the database's CPU. The oplog serves only change streams and is trimmed to minutes anyway (see
 * {@link OplogTrimmer}); after a restart a watcher finds nothing older, as with a trimmed oplog.
 */
class H2BackendWithMemoryOplog extends H2Backend {

    H2BackendWithMemoryOplog(String file) {
        super(file);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return "local".equals(databaseName) ? new MemoryDatabase(databaseName, getCursorRegistry())
                : super.openOrCreateDatabase(databaseName);
    }
}
