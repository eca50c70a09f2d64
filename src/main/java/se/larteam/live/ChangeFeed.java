package se.larteam.live;

import org.bson.Document;

/**
 * One insert-only collection the node's {@link ChangeWatcher} follows. Features that need their own stream (the
 * co-editing update log) provide a bean of this type instead of opening change streams of their own.
 */
public interface ChangeFeed {

    String collection();

    /**
     * Which inserts the feed wants, as a filter on the inserted document, applied by the database before anything
     * is sent (e.g. not this node's own writes, which a node hears back otherwise: every co-editing update it
     * stored came back to it, was encoded, sent, decoded and dropped). Empty: every insert.
     */
    default Document wanted() {
        return new Document();
    }

    /** A newly inserted document, on the watcher's thread. */
    void inserted(Document document);

    /** Inserts may have been missed; whatever depends on this feed must load afresh. */
    void historyLost();
}
