package se.larteam.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Who is looking at a page right now, across nodes. Each open page keeps one small document fresh with
 * {@link Visit#stillHere()}; joining and leaving are announced as live events on the page's topic; a visit not
 * refreshed within {@link #TIMEOUT} is swept away (a node that died, a connection that went).
 */
@Service
public class Presence {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String COLLECTION = "presence";
    static final String CHANGED = "presence.changed";

    private final MongoTemplate mongo;
    private final LiveUpdates live;
    private final LiveEvents events;
    private final UserService users;
    private final Clock clock;

    Presence(MongoTemplate mongo, LiveUpdates live, LiveEvents events, UserService users, Clock clock) {
        this.mongo = mongo;
        this.live = live;
        this.events = events;
        this.users = users;
        this.clock = clock;
    }

    /** One person on one page; refused when they may not see the page's topic. */
    public Visit join(UserId actor, Topic page) {
        requireMayFollow(actor, page);
        Visit visit = new Visit(UUID.randomUUID().toString(), actor, page);
        visit.stillHere();
        return visit;
    }

    /** The people on the page now, in Swedish name order, each once however many tabs they have open. */
    public List<Visitor> whoIsHere(UserId actor, Topic page) {
        requireMayFollow(actor, page);
        Date freshSince = Date.from(clock.instant().minus(TIMEOUT));
        Set<UserId> here = new LinkedHashSet<>();
        for (Document visit : mongo.find(Query.query(Criteria.where("scope").is(page.scope())
                .and("topicId").is(page.id()).and("lastSeen").gte(freshSince)), Document.class, COLLECTION)) {
            here.add(new UserId(visit.getString("user")));
        }
        Map<UserId, String> names = users.displayNames(here);
        return here.stream().filter(names::containsKey).map(id -> new Visitor(id, names.get(id)))
                .sorted(Comparator.comparing(Visitor::displayName, SwedishOrder.strings())).toList();
    }

    /** Removes visits nobody has refreshed in time, on whichever node notices first, and says so. */
    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
    void sweep() {
        Date staleBefore = Date.from(clock.instant().minus(TIMEOUT));
        Set<Topic> changed = new HashSet<>();
        for (Document visit : mongo.find(Query.query(Criteria.where("lastSeen").lt(staleBefore)), Document.class,
                COLLECTION)) {
            // Deleted by id and age, so only one node announces it and a visit refreshed meanwhile stays.
            long deleted = mongo.remove(Query.query(Criteria.where("_id").is(visit.get("_id"))
                    .and("lastSeen").lt(staleBefore)), COLLECTION).getDeletedCount();
            if (deleted > 0) {
                changed.add(new Topic(visit.getString("scope"), visit.getString("topicId")));
            }
        }
        changed.forEach(page -> announce(null, page));
    }

    private void requireMayFollow(UserId actor, Topic page) {
        if (!live.mayFollow(actor, page)) {
            throw new NotPermittedException(actor + " may not be present on " + page);
        }
    }

    private void announce(UserId actor, Topic page) {
        events.publish(actor, CHANGED, List.of(page), Audience.of(page.scope(), page.id()), Map.of());
    }

    public record Visitor(UserId id, String displayName) {
    }

    /** One open page. Not thread-safe beyond what its callers need: one view, one visit. */
    public final class Visit {
        private final String id;
        private final UserId user;
        private final Topic page;
        // A new visit counts as having left, so its first stillHere() writes it and announces the arrival.
        private volatile boolean left = true;

        private Visit(String id, UserId user, Topic page) {
            this.id = id;
            this.user = user;
            this.page = page;
        }

        /** Still looking: keeps the visit fresh, or brings it back after a {@link #leave()}. */
        public void stillHere() {
            Instant now = clock.instant();
            var result = mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update()
                    .set("scope", page.scope()).set("topicId", page.id()).set("user", user.value())
                    .set("lastSeen", Date.from(now)), COLLECTION);
            if (left || result.getUpsertedId() != null) {
                left = false;
                announce(user, page);
            }
        }

        public void leave() {
            if (!left) {
                left = true;
                mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
                announce(user, page);
            }
        }

        public boolean hasLeft() {
            return left;
        }
    }
}
