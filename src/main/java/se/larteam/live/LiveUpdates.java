package se.larteam.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;
import se.larteam.base.NotPermittedException;
import se.larteam.user.UserId;

/**
 * The in-process side of live updates: subscriptions per topic, fed by the node's {@link ChangeWatcher}. Access is
 * checked when subscribing and again for every event, with membership as it is then: a person removed from a
 * team stops hearing about it with the next event of that team, and their subscription ends.
 */
@Service
public class LiveUpdates implements ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, AccessRules> rulesByScope = new HashMap<>();
    private final Map<Topic, Set<Sub>> byTopic = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-refresh").factory());

    private final org.springframework.beans.factory.ObjectProvider<LiveEventObserver> observers;

    /** Without observers (unit tests). */
    LiveUpdates(List<AccessRules> rules) {
        this(rules, new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(LiveEventObserver.class));
    }

    @org.springframework.beans.factory.annotation.Autowired
    LiveUpdates(List<AccessRules> rules, org.springframework.beans.factory.ObjectProvider<LiveEventObserver> observers) {
        // Observers are looked up lazily: they may depend on services that views (subscribers) also use.
        this.observers = observers;
        for (AccessRules rule : rules) {
            for (String scope : rule.scopes()) {
                if (rulesByScope.put(scope, rule) != null) {
                    throw new IllegalStateException("Two sets of access rules claim the scope " + scope);
                }
            }
        }
    }

    /**
     * Follows a topic as {@code actor}. Refused with {@link NotPermittedException} when the actor may not see it.
     * The listener runs on the watcher's thread.
     */
    public Subscription subscribe(UserId actor, Topic topic, LiveListener listener) {
        if (!mayFollow(actor, topic)) {
            throw new NotPermittedException(actor + " may not follow " + topic);
        }
        Sub sub = new Sub(actor, topic, listener);
        byTopic.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(sub);
        return sub;
    }

    @Override
    public String collection() {
        return LiveEventDocuments.COLLECTION;
    }

    @Override
    public void inserted(Document document) {
        LiveEvent event = LiveEventDocuments.fromDocument(document);
        observers.orderedStream().forEach(o -> {
            try {
                o.observed(event);
            } catch (RuntimeException e) {
                log.warn("A live-event observer failed on {}", event.kind(), e);
            }
        });
        if (event.topics().stream().noneMatch(byTopic::containsKey)) {
            return;
        }
        // Rules are resolved once per event and scope, then answered from memory for every subscriber.
        Map<String, Predicate<UserId>> resolved = new HashMap<>();
        Predicate<UserId> inAudience = audience(event.audience(), resolved);
        for (Topic topic : event.topics()) {
            Set<Sub> subs = byTopic.get(topic);
            if (subs == null || subs.isEmpty()) {
                continue;
            }
            Predicate<UserId> mayFollow = whoMaySee(topic.scope(), topic.id(), resolved);
            for (Sub sub : subs) {
                if (!mayFollow.test(sub.user)) {
                    sub.revoke();
                } else if (inAudience.test(sub.user)) {
                    sub.deliver(event);
                }
            }
        }
    }

    @Override
    public void historyLost() {
        observers.orderedStream().forEach(o -> {
            try {
                o.historyLost();
            } catch (RuntimeException e) {
                log.warn("A live-event observer failed after lost history", e);
            }
        });
        byTopic.values().forEach(subs -> subs.forEach(Sub::reload));
    }

    /** Whether this person may follow the topic now. */
    boolean mayFollow(UserId person, Topic topic) {
        return whoMaySee(topic.scope(), topic.id(), new HashMap<>()).test(person);
    }

    /** Subscriptions open on this node for a topic (tests, diagnostics). */
    int subscriberCount(Topic topic) {
        Set<Sub> subs = byTopic.get(topic);
        return subs == null ? 0 : subs.size();
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @PreDestroy
    void shutdown() {
        scheduler.shutdownNow();
    }

    private Predicate<UserId> audience(Audience audience, Map<String, Predicate<UserId>> resolved) {
        Set<UserId> people = audience.people();
        if (audience.scope() == null) {
            return people::contains;
        }
        Predicate<UserId> scoped = whoMaySee(audience.scope(), audience.id(), resolved);
        return user -> people.contains(user) || scoped.test(user);
    }

    private Predicate<UserId> whoMaySee(String scope, String id, Map<String, Predicate<UserId>> resolved) {
        return resolved.computeIfAbsent(scope + ":" + id, key -> {
            if (Topic.PERSON.equals(scope)) {
                return user -> user.value().equals(id);
            }
            AccessRules rules = rulesByScope.get(scope);
            if (rules == null) {
                log.warn("No access rules for scope '{}': nobody may see it", scope);
                return user -> false;
            }
            return rules.whoMaySee(scope, id);
        });
    }

    private final class Sub implements Subscription {
        final UserId user;
        final Topic topic;
        final LiveListener listener;
        final AtomicBoolean open = new AtomicBoolean(true);

        Sub(UserId user, Topic topic, LiveListener listener) {
            this.user = user;
            this.topic = topic;
            this.listener = listener;
        }

        void deliver(LiveEvent event) {
            if (open.get()) {
                safely(() -> listener.onEvent(event));
            }
        }

        void reload() {
            if (open.get()) {
                safely(listener::onReload);
            }
        }

        void revoke() {
            if (open.get()) {
                close();
                safely(listener::onRevoked);
            }
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                Set<Sub> subs = byTopic.get(topic);
                if (subs != null) {
                    subs.remove(this);
                    // Dropping empty sets keeps the "anyone listening?" check cheap.
                    byTopic.computeIfPresent(topic, (t, s) -> s.isEmpty() ? null : s);
                }
            }
        }

        private void safely(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                log.warn("A live-update listener for {} failed", topic, e);
            }
        }
    }
}
