package se.larteam.live;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import se.larteam.user.UserId;

/**
 * Records changes for everyone concerned, on every node. Insert-only, so it behaves the same on real MongoDB and on
 * the embedded server; features call it after their own write and their own access check.
 */
@Service
public class LiveEvents {

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

    private final MongoTemplate mongo;
    private final LiveSettings settings;
    private final Clock clock;

    LiveEvents(MongoTemplate mongo, LiveSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records that {@code actor} changed something; subscribers of {@code topics} in {@code audience} hear of it. */
    public LiveEvent publish(UserId actor, String kind, List<Topic> topics, Audience audience, Map<String, String> data) {
        LiveEvent event = new LiveEvent(new ObjectId().toHexString(), kind, topics, audience, actor, clock.instant(),
                data);
        mongo.insert(LiveEventDocuments.toDocument(event), LiveEventDocuments.COLLECTION);
        return event;
    }

    /** The embedded server ignores TTL indexes, so old events are deleted on a schedule, on any server. */
    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    void deleteOldEvents() {
        Date cutoff = Date.from(clock.instant().minus(settings.retention()));
        long deleted = mongo.remove(Query.query(Criteria.where("at").lt(cutoff)), LiveEventDocuments.COLLECTION)
                .getDeletedCount();
        if (deleted > 0) {
            log.debug("Deleted {} live events older than {}", deleted, cutoff);
        }
    }
}
