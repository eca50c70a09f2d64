package se.larteam.live;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener that keeps what it hears, for tests that wait (generously) for the watcher's thread. */
final class Inbox implements LiveListener {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    final BlockingQueue<LiveEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<String> signals = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(LiveEvent event) {
        events.add(event);
    }

    @Override
    public void onReload() {
        signals.add("reload");
    }

    @Override
    public void onRevoked() {
        signals.add("revoked");
    }

    LiveEvent next() throws InterruptedException {
        return events.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for an event of this kind, skipping others (the watcher may still deliver earlier changes). */
    LiveEvent next(String kind) throws InterruptedException {
        return next(event -> event.kind().equals(kind));
    }

    /** Waits for an event of this kind about this person. */
    LiveEvent next(String kind, se.larteam.user.UserId person) throws InterruptedException {
        return next(event -> event.kind().equals(kind) && person.value().equals(event.data().get("person")));
    }

    LiveEvent next(java.util.function.Predicate<LiveEvent> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            LiveEvent event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        return null;
    }

    String nextSignal() throws InterruptedException {
        return signals.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }
}
