package se.larteam.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account and client address in MongoDB, so every node sees the same count. Keyed by the
 * pair, so a stranger elsewhere cannot lock the real owner out.
 */
@Component
class LoginThrottle {

    static final String COLLECTION = "login_throttle";
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final MongoTemplate mongo;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginThrottle(MongoTemplate mongo, SecuritySettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    boolean isThrottled(String email, String client) {
        Document entry = mongo.findById(key(email, client), Document.class, COLLECTION);
        return entry != null && entry.getDate("blockedUntil") != null
                && entry.getDate("blockedUntil").toInstant().isAfter(clock.instant());
    }

    void failed(String email, String client) {
        Instant now = clock.instant();
        Query query = Query.query(Criteria.where("_id").is(key(email, client)));
        Document entry = mongo.findAndModify(query, new Update().inc("failures", 1).set("lastFailureAt", now),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        if (entry != null && entry.getInteger("failures", 0) >= settings.maxFailures()) {
            // Counting starts over once the pause is over.
            mongo.updateFirst(query, new Update().set("failures", 0).set("blockedUntil", now.plus(settings.throttleFor())),
                    COLLECTION);
        }
    }

    void succeeded(String email, String client) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(email, client))), COLLECTION);
    }

    /** The embedded server ignores TTL indexes, so old counts are removed on a schedule on every server. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldFailures() {
        mongo.remove(Query.query(Criteria.where("lastFailureAt").lt(clock.instant().minus(FORGET_AFTER))), COLLECTION);
    }

    // Hashed so the collection holds no readable e-mail addresses or client addresses.
    static String key(String email, String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (email.strip().toLowerCase(Locale.ROOT) + "\n" + client).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
