package se.larteam.database;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The embedded server's oplog, kept only for the collections change streams follow. The server scans its whole
 * oplog on every change-stream poll, under a lock every recorded write must also take; recording the writes nobody
 * follows (meetings, presence, teams …) made every write wait for those scans and every scan longer. A collection is
 * followed when it is named in {@code larteam.mongodb.embedded-oplog-collections} (so nothing written before the
 * first change stream opens after a restart is missed) or once any change stream on it has been opened.
 */
final class FollowedOnlyOplog implements Oplog {

    private final Oplog recorded;
    private final Set<String> followedCollections = ConcurrentHashMap.newKeySet();

    FollowedOnlyOplog(Oplog recorded, Set<String> configuredCollections) {
        this.recorded = recorded;
        this.followedCollections.addAll(configuredCollections);
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        if (followed(namespace)) {
            recorded.handleInsert(namespace, documents);
        }
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
        if (followed(namespace)) {
            recorded.handleUpdate(namespace, selector, query, modifiedIds);
        }
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        if (followed(namespace)) {
            recorded.handleDelete(namespace, query, deletedIds);
        }
    }

    @Override
    public void handleDropCollection(String namespace) {
        if (followed(namespace)) {
            recorded.handleDropCollection(namespace);
        }
    }

    @Override
    public Cursor createCursor(Document changeStreamDocument, String namespace, Aggregation aggregation) {
        followedCollections.add(collectionOf(namespace));
        return recorded.createCursor(changeStreamDocument, namespace, aggregation);
    }

    boolean followed(String namespace) {
        return followedCollections.contains(collectionOf(namespace));
    }

    /** {@code database.collection}; collection names may contain dots, database names may not. */
    private static String collectionOf(String namespace) {
        int dot = namespace.indexOf('.');
        return dot < 0 ? namespace : namespace.substring(dot + 1);
    }
}
