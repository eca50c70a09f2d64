package se.larteam.database;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * The embedded server's oplog, kept only for the collections change streams follow, one oplog per followed
 * collection (see {@link MemoryOplog}). The server's own oplog recorded every write and was scanned whole on every
 * change-stream poll, under a lock every recorded write must also take: recording writes nobody follows (meetings,
 * presence, teams …) made every write wait for those scans, and one shared oplog made each followed collection's
 * poll read every other's entries too.
 * <p>
 * A collection is followed when it is named in {@code larteam.mongodb.embedded-oplog-collections} (so nothing
 * written before its first change stream opens after a restart is missed) or once any change stream on it opened.
 */
final class FollowedOnlyOplog implements Oplog {

    /** The oplog of one collection, which can forget what is older than a time. */
    interface CollectionOplog extends Oplog {

        /** Forgets the entries from before {@code cutoff}; returns how many. */
        long trim(Instant cutoff);

        int size();
    }

    private final Function<String, CollectionOplog> oplogForNamespace;
    private final Set<String> followedCollections = ConcurrentHashMap.newKeySet();
    private final Map<String, CollectionOplog> oplogs = new ConcurrentHashMap<>();

    /** @param oplogForNamespace creates the oplog of one {@code database.collection} */
    FollowedOnlyOplog(Function<String, CollectionOplog> oplogForNamespace, Set<String> configuredCollections) {
        this.oplogForNamespace = oplogForNamespace;
        this.followedCollections.addAll(configuredCollections);
    }

    @Override
    public void handleInsert(String namespace, List<Document> documents) {
        if (followed(namespace)) {
            oplogOf(namespace).handleInsert(namespace, documents);
        }
    }

    @Override
    public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
        if (followed(namespace)) {
            oplogOf(namespace).handleUpdate(namespace, selector, query, modifiedIds);
        }
    }

    @Override
    public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
        if (followed(namespace)) {
            oplogOf(namespace).handleDelete(namespace, query, deletedIds);
        }
    }

    @Override
    public void handleDropCollection(String namespace) {
        if (followed(namespace)) {
            oplogOf(namespace).handleDropCollection(namespace);
        }
    }

    @Override
    public Cursor createCursor(Document changeStreamDocument, String namespace, Aggregation aggregation) {
        followedCollections.add(collectionOf(namespace));
        return oplogOf(namespace).createCursor(changeStreamDocument, namespace, aggregation);
    }

    boolean followed(String namespace) {
        return !namespace.startsWith("local.") && followedCollections.contains(collectionOf(namespace));
    }

    private CollectionOplog oplogOf(String namespace) {
        return oplogs.computeIfAbsent(namespace, oplogForNamespace);
    }

    /** Forgets every entry from before {@code cutoff}; returns how many. */
    long trim(Instant cutoff) {
        return oplogs.values().stream().mapToLong(o -> o.trim(cutoff)).sum();
    }

    /** How many entries the oplog of {@code database.collection} holds (0 if it has none). */
    int size(String namespace) {
        CollectionOplog oplog = oplogs.get(namespace);
        return oplog == null ? 0 : oplog.size();
    }

    /** {@code database.collection}; collection names may contain dots, database names may not. */
    private static String collectionOf(String namespace) {
        int dot = namespace.indexOf('.');
        return dot < 0 ? namespace : namespace.substring(dot + 1);
    }
}
