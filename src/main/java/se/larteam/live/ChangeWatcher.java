package se.larteam.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.BsonDocument;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.OperationType;

/**
 * The node's one change-stream watcher: one thread, one cursor and resume token per followed collection. It polls
 * with {@code tryNext} and sleeps when nothing came, because the embedded server's cursors busy-spin when left
 * waiting. After a disconnect it resumes from the last token; if the history is gone (the server says so, or the
 * watcher was cut off longer than the history window) it tells the feeds to reload.
 */
@Component
class ChangeWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeWatcher.class);
    // ChangeStreamHistoryLost, ChangeStreamFatalError, CappedPositionLost
    private static final Set<Integer> HISTORY_LOST = Set.of(286, 280, 136);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    private static final int BATCH = 200;
    private static final int BUSY_PAUSE_DIVISOR = 5;

    private final MongoDatabaseFactory databases;
    private final List<FeedState> feeds;
    private final LiveSettings settings;
    private final Clock clock;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile Instant lastHealthyPoll;
    private volatile long polls;

    ChangeWatcher(MongoDatabaseFactory databases, List<ChangeFeed> feeds, LiveSettings settings, Clock clock) {
        this.databases = databases;
        this.feeds = feeds.stream().map(FeedState::new).toList();
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        lastHealthyPoll = clock.instant();
        // Open before returning, so that nothing written after start-up can be missed.
        try {
            feeds.forEach(this::open);
        } catch (MongoException e) {
            log.warn("Live updates: could not open change streams yet; retrying", e);
        }
        thread = Thread.ofPlatform().daemon().name("live-watcher").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        feeds.forEach(FeedState::close);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many poll rounds have completed, for tests and benchmarks. */
    long polls() {
        return polls;
    }

    private void run() {
        boolean disconnected = false;
        while (running) {
            try {
                if (disconnected) {
                    reconnect();
                    disconnected = false;
                }
                boolean anything = false;
                boolean full = false;
                for (FeedState feed : feeds) {
                    if (feed.cursor == null) {
                        open(feed);
                    }
                    int handled = drain(feed);
                    anything |= handled > 0;
                    full |= handled >= BATCH;
                }
                checkForGap();
                polls++;
                if (!anything) {
                    Thread.sleep(settings.pollInterval());
                } else if (!full) {
                    // Busy but keeping up: a short pause, because every poll of the embedded server scans its
                    // whole oplog (polling back to back under a steady write load kept a core busy).
                    Thread.sleep(settings.pollInterval().dividedBy(BUSY_PAUSE_DIVISOR));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (MongoException | IllegalStateException e) {
                if (!running) {
                    return;
                }
                if (!disconnected) {
                    log.warn("Live updates: lost the change stream ({}); resuming when the database answers",
                            e.getMessage());
                }
                disconnected = true;
                feeds.forEach(FeedState::close);
                sleepQuietly(RETRY_DELAY);
            } catch (RuntimeException e) {
                // A feed's own failure must not stop live updates for everyone else.
                log.error("Live updates: a feed failed while handling an event", e);
            }
        }
    }

    /** Throws while the database still does not answer, so the caller stays disconnected and retries. */
    private void reconnect() {
        for (FeedState feed : feeds) {
            if (feed.cursor == null) {
                open(feed);
            }
        }
        log.info("Live updates: connection back, resumed where the stream left off");
    }

    /**
     * A poll round that ends long after the previous one means the watcher was cut off (the driver may have
     * resumed by itself, unseen): longer than the history window, and what happened meanwhile may be gone.
     */
    private void checkForGap() {
        Instant now = clock.instant();
        if (Duration.between(lastHealthyPoll, now).compareTo(settings.historyWindow()) > 0) {
            log.warn("Live updates: nothing heard since {}, longer than the history window; subscribers reload",
                    lastHealthyPoll);
            feeds.forEach(FeedState::forget);
            feeds.forEach(this::open);
            feeds.forEach(f -> f.feed.historyLost());
        }
        lastHealthyPoll = now;
    }

    private int drain(FeedState feed) {
        int handled = 0;
        ChangeStreamDocument<Document> change = feed.cursor.tryNext();
        while (change != null) {
            feed.token = change.getResumeToken();
            if (change.getOperationType() == OperationType.INSERT && change.getFullDocument() != null) {
                feed.feed.inserted(change.getFullDocument());
            }
            if (++handled >= BATCH) {
                break;
            }
            change = feed.cursor.tryNext();
        }
        return handled;
    }

    private void open(FeedState feed) {
        ChangeStreamIterable<Document> stream = databases.getMongoDatabase().getCollection(feed.feed.collection())
                .watch(pipeline(feed.feed.wanted())).maxAwaitTime(settings.pollInterval().toMillis(),
                        TimeUnit.MILLISECONDS);
        if (feed.token == null) {
            feed.cursor = stream.cursor();
            return;
        }
        try {
            feed.cursor = stream.resumeAfter(feed.token).cursor();
        } catch (MongoCommandException e) {
            if (!HISTORY_LOST.contains(e.getErrorCode())) {
                throw e;
            }
            log.warn("Live updates: history for {} is gone; subscribers reload", feed.feed.collection());
            feed.token = null;
            feed.cursor = stream.cursor();
            feed.feed.historyLost();
        }
    }

    /** Inserts only, and of those what the feed wants (its filter names fields of the inserted document). */
    static List<Document> pipeline(Document wanted) {
        Document match = new Document("operationType", "insert");
        wanted.forEach((field, condition) -> match.append("fullDocument." + field, condition));
        return List.of(new Document("$match", match));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getPhase() {
        // Start after the database client and before the web server takes requests.
        return Integer.MAX_VALUE / 2;
    }

    private static final class FeedState {
        final ChangeFeed feed;
        MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor;
        BsonDocument token;

        FeedState(ChangeFeed feed) {
            this.feed = feed;
        }

        void close() {
            if (cursor != null) {
                try {
                    cursor.close();
                } catch (RuntimeException ignored) {
                    // the connection is gone already
                }
                cursor = null;
            }
        }

        void forget() {
            close();
            token = null;
        }
    }
}
