package se.larteam.live;

import org.bson.Document;

/**
 * One insert-only collection the node's {@link ChangeWatcher} follows. Features that need their own stream (the
 * co-editing update log) provide a bean of this type instead of opening change streams of their own.
 */
public interface ChangeFeed {

    String collection();

    /** A newly inserted document, on the watcher's thread. */
    void inserted(Document document);

    /** Inserts may have been missed; whatever depends on this feed must load afresh. */
    void historyLost();
}
