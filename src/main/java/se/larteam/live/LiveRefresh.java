package se.larteam.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import se.larteam.user.UserId;

/**
 * Binds a view to topics: {@link #bind} it to the view (or start it in {@code onAttach}, stop it in {@code onDetach}). Bursts of events become at
 * most one refresh per interval, run inside {@code UI.access}; starting again replaces the earlier subscriptions,
 * so re-attaching never doubles them. The refresh runs without a security context: it must call services with the
 * user captured when the view attached.
 */
public final class LiveRefresh {

    private final LiveUpdates live;
    private final Duration interval;
    private final Predicate<LiveEvent> relevant;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private UI ui;
    private Runnable refresh;
    private Runnable revoked;
    private ScheduledFuture<?> pending;
    private Component boundView;
    private Supplier<UserId> boundUser;
    private Supplier<List<Topic>> boundTopics;
    private Runnable boundRefresh;
    private Runnable boundRevoked;
    private long lastRefreshNanos;

    /** Refreshes on every event of the topics except presence changes, which {@link PresenceBar} shows. */
    public LiveRefresh(LiveUpdates live) {
        this(live, event -> !Presence.CHANGED.equals(event.kind()));
    }

    /** Refreshes on the events this predicate accepts. */
    public LiveRefresh(LiveUpdates live, Predicate<LiveEvent> relevant) {
        this.live = live;
        this.interval = Duration.ofMillis(100);
        this.relevant = relevant;
    }

    /**
     * Subscribes {@code user} to the topics. Throws {@link se.larteam.base.NotPermittedException} (having
     * subscribed to nothing) when the user may not follow one of them.
     */
    public synchronized void start(UI ui, UserId user, Collection<Topic> topics, Runnable refresh, Runnable revoked) {
        stop();
        this.ui = ui;
        this.refresh = refresh;
        this.revoked = revoked;
        try {
            for (Topic topic : topics) {
                subscriptions.add(live.subscribe(user, topic, new Listener()));
            }
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /**
     * Follows {@code topics} for as long as {@code view} is attached: starts on attach, stops on detach. Call
     * {@link #refollow()} when the view has changed what it shows (e.g. in {@code beforeEnter}). No topics: nothing is
     * followed. When the user may no longer follow a topic, {@code revoked} runs instead, as it does when access goes
     * later. The user and the topics are asked for each time, since a routed view is reused for other targets.
     */
    public void bind(Component view, Supplier<UserId> user, Supplier<List<Topic>> topics, Runnable refresh,
            Runnable revoked) {
        this.boundView = view;
        this.boundUser = user;
        this.boundTopics = topics;
        this.boundRefresh = refresh;
        this.boundRevoked = revoked;
        view.addAttachListener(attach -> follow(attach.getUI()));
        view.addDetachListener(detach -> stop());
    }

    /** Follows the bound view's topics afresh, if it is attached (see {@link #bind}). */
    public void refollow() {
        if (boundView != null && boundView.isAttached()) {
            boundView.getUI().ifPresent(this::follow);
        }
    }

    private void follow(UI target) {
        stop();
        List<Topic> topics = boundTopics.get();
        if (topics.isEmpty()) {
            return;
        }
        try {
            start(target, boundUser.get(), topics, boundRefresh, boundRevoked);
        } catch (se.larteam.base.NotPermittedException raced) {
            // Access changed between showing and following: the view shows what is allowed now.
            boundRevoked.run();
        }
    }

    public synchronized void stop() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        ui = null;
    }

    /** How many subscriptions are open now. */
    public synchronized int subscriptionCount() {
        return subscriptions.size();
    }

    private synchronized void requestRefresh() {
        if (ui == null || pending != null) {
            return;
        }
        long sinceLast = System.nanoTime() - lastRefreshNanos;
        long delay = Math.max(0, interval.toNanos() - sinceLast);
        UI target = ui;
        pending = live.scheduler().schedule(() -> runInUi(target), delay, TimeUnit.NANOSECONDS);
    }

    private void runInUi(UI target) {
        synchronized (this) {
            pending = null;
            lastRefreshNanos = System.nanoTime();
        }
        access(target, refresh);
    }

    private void revoke() {
        UI target;
        Runnable onRevoked;
        synchronized (this) {
            target = ui;
            onRevoked = revoked;
            stop();
        }
        if (target != null) {
            access(target, onRevoked);
        }
    }

    private void access(UI target, Runnable task) {
        try {
            target.access(task::run);
        } catch (UIDetachedException gone) {
            stop();
        }
    }

    private final class Listener implements LiveListener {
        @Override
        public void onEvent(LiveEvent event) {
            if (relevant.test(event)) {
                requestRefresh();
            }
        }

        @Override
        public void onReload() {
            requestRefresh();
        }

        @Override
        public void onRevoked() {
            revoke();
        }
    }
}
