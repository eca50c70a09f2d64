package se.larteam.collab;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.larteam.user.UserId;

/**
 * Restoring a version goes the way seeding does ({@link SeedLocks}): the server never overwrites a document. A
 * person who may write asks to restore ({@link #request}) and gets a ticket under a lock of {@link #LOCK} per
 * document, held in MongoDB so nodes share it; their own editor (opened with the ticket) then sends
 * {@code {"type":"restore-request","ticket":…}} and, granted once, gets the version's Yjs state, turns its document
 * into the old content as one ordinary edit, which every client receives, and says {@code restore-done}, which frees
 * the lock. A second restore of the same document waits until then (or until the lock expires, when the editor
 * vanished), so two restores never mix.
 */
@Component
class RestoreLocks {

    static final String COLLECTION = "collabRestores";
    static final Duration LOCK = Duration.ofSeconds(60);

    private final MongoTemplate mongo;
    private final DocumentVersions versions;
    private final Clock clock;

    RestoreLocks(MongoTemplate mongo, DocumentVersions versions, Clock clock) {
        this.mongo = mongo;
        this.versions = versions;
        this.clock = clock;
    }

    /** A ticket to restore the version, or empty while someone else's restore of the document is under way. */
    Optional<RestoreTicket> request(UserId user, String doc, VersionId version) {
        String ticket = UUID.randomUUID().toString();
        Date until = Date.from(clock.instant().plus(LOCK));
        Document lock = new Document("_id", doc).append("ticket", ticket).append("user", user.value())
                .append("version", version.value()).append("until", until);
        try {
            mongo.insert(lock, COLLECTION);
            return Optional.of(new RestoreTicket(ticket));
        } catch (DuplicateKeyException held) {
            // The same person may ask again (a new ticket replaces theirs); anyone else only once it expired.
            Query free = Query.query(Criteria.where("_id").is(doc).orOperator(
                    Criteria.where("until").lt(Date.from(clock.instant())), Criteria.where("user").is(user.value())));
            Update take = Update.update("ticket", ticket).set("user", user.value()).set("version", version.value())
                    .set("until", until).unset("holder");
            return mongo.updateFirst(free, take, COLLECTION).getModifiedCount() == 1
                    ? Optional.of(new RestoreTicket(ticket)) : Optional.empty();
        }
    }

    /**
     * The answer to an editor's {@code restore-request} or {@code restore-done} (a JSON stateless payload), or null
     * for anything else. A ticket is granted once, to a writer who is the person it was issued to, before it expires.
     */
    String answer(UserId user, String doc, boolean readOnly, String holder, Document message) {
        Object type = message.get("type");
        Object ticket = message.get("ticket");
        if (!(ticket instanceof String value)) {
            return null;
        }
        if ("restore-done".equals(type)) {
            mongo.remove(Query.query(Criteria.where("_id").is(doc).and("ticket").is(value).and("holder").is(holder)),
                    COLLECTION);
            return null;
        }
        if (!"restore-request".equals(type)) {
            return null;
        }
        Document granted = readOnly ? null : mongo.findAndModify(Query.query(Criteria.where("_id").is(doc)
                .and("ticket").is(value).and("user").is(user.value()).and("holder").exists(false)
                .and("until").gt(Date.from(clock.instant()))),
                Update.update("holder", holder).set("until", Date.from(clock.instant().plus(LOCK))),
                Document.class, COLLECTION);
        Optional<DocumentVersion> version = Optional.ofNullable(granted)
                .flatMap(g -> versions.find(new VersionId(g.getString("version"))))
                .filter(v -> v.doc().equals(doc));
        if (version.isEmpty()) {
            return new Document("type", "restore-refused").append("ticket", value).toJson();
        }
        return new Document("type", "restore-granted").append("ticket", value)
                .append("state", Base64.getEncoder().encodeToString(version.get().state())).toJson();
    }
}
