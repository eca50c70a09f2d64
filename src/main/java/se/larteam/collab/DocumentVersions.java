package se.larteam.collab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.larteam.collab.yjs.YUpdates;
import se.larteam.live.Audience;
import se.larteam.live.LiveEvents;
import se.larteam.user.UserId;

/**
 * The history of co-edited documents. A version is taken when the document is approved ({@link DocumentApproved})
 * and, while it is edited, at most every {@link #EVERY}: the first readable copy a writer's editor sends once that
 * long has passed since the last version takes one (so a document edited now and then gets a version at its first
 * edit after a pause). A version holds the newest readable copy and the Yjs state from the update log; the copy may
 * lag the state by the editor's few seconds between copies.
 *
 * <p>Retention, so storage stays bounded: approval versions are kept for good (a document is approved rarely);
 * periodic versions are all kept for {@link #KEEP_ALL}, after that only the last one of each day (Swedish time) for
 * at most {@link #KEEP_DAYS} days, the rest is deleted whenever a new periodic version is taken. A document so has at
 * most 24 h / 10 min = 144 recent and {@link #KEEP_DAYS} daily periodic versions.
 */
@Component
class DocumentVersions {

    static final Duration EVERY = Duration.ofMinutes(10);
    static final Duration KEEP_ALL = Duration.ofHours(24);
    static final int KEEP_DAYS = 60;
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final byte[] EMPTY_UPDATE = {0, 0};
    private static final Logger LOG = LoggerFactory.getLogger(DocumentVersions.class);

    private final MongoTemplate mongo;
    private final UpdateLog log;
    private final Clock clock;
    private final LiveEvents events;

    DocumentVersions(MongoTemplate mongo, UpdateLog log, Clock clock, LiveEvents events) {
        this.mongo = mongo;
        this.log = log;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A writer's readable copy reached the server: the writer is an author of the next version, the copy is its
     * content unless an newer one is there, and if the last version is {@link #EVERY} old a version is taken now.
     */
    void edited(UserId writer, String doc, ReadableSnapshot snapshot) {
        try {
            draft(writer, doc, snapshot);
        } catch (RuntimeException e) {
            // History must never cost an editor its connection: the next copy tries again.
            LOG.warn("Could not keep the history of {}", doc, e);
        }
    }

    private void draft(UserId writer, String doc, ReadableSnapshot snapshot) {
        mongo.upsert(byId(doc), new Update().addToSet("authors", writer.value()), VersionDraft.class);
        mongo.updateFirst(byId(doc).addCriteria(new Criteria().orOperator(Criteria.where("version").exists(false),
                Criteria.where("version").lte(snapshot.version()))), Update.update("html", snapshot.html())
                .set("text", snapshot.text()).set("version", snapshot.version()), VersionDraft.class);
        Instant now = clock.instant();
        // Claimed in one atomic step, so two nodes hearing copies at once take one version between them.
        Query due = byId(doc).addCriteria(new Criteria().orOperator(Criteria.where("lastVersionAt").exists(false),
                Criteria.where("lastVersionAt").lte(now.minus(EVERY))));
        VersionDraft claimed = mongo.findAndModify(due, startOver(now), VersionDraft.class);
        if (claimed != null) {
            store(writer, doc, now, VersionKind.PERIODIC, claimed);
            thin(doc, now);
        }
    }

    /** The document as it stands is kept as an approval version (also when nobody has edited it since the last). */
    @EventListener
    void approved(DocumentApproved approved) {
        Instant now = clock.instant();
        try {
            VersionDraft draft = mongo.findAndModify(byId(approved.documentName()), startOver(now),
                    FindAndModifyOptions.options().upsert(true), VersionDraft.class);
            store(approved.actor(), approved.documentName(), now, VersionKind.APPROVAL, draft);
        } catch (RuntimeException e) {
            // The approval itself stands (it is stored already); only its copy in the history is missing.
            LOG.warn("Could not keep the approved version of {}", approved.documentName(), e);
        }
    }

    /** The document's versions, newest first, without their content. */
    List<DocumentVersion> list(String doc) {
        Query query = Query.query(Criteria.where("doc").is(doc)).with(Sort.by(Sort.Direction.DESC, "at"));
        query.fields().exclude("state", "html", "text");
        return mongo.find(query, DocumentVersion.class);
    }

    Optional<DocumentVersion> find(VersionId id) {
        return Optional.ofNullable(mongo.findById(id.value(), DocumentVersion.class));
    }

    /**
     * Deletes what the retention rule no longer keeps of the document's periodic versions: all of the last
     * {@link #KEEP_ALL} stay; of older ones the last of each day, for the newest {@link #KEEP_DAYS} days.
     */
    void thin(String doc, Instant now) {
        Query query = Query.query(Criteria.where("doc").is(doc).and("kind").is(VersionKind.PERIODIC))
                .with(Sort.by(Sort.Direction.DESC, "at"));
        query.fields().include("_id", "at");
        Set<LocalDate> days = new HashSet<>();
        List<String> drop = new ArrayList<>();
        for (DocumentVersion version : mongo.find(query, DocumentVersion.class)) {
            if (version.at().isAfter(now.minus(KEEP_ALL))) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(version.at(), SWEDEN);
            if (days.contains(day) || days.size() >= KEEP_DAYS) {
                drop.add(version.id());
            } else {
                days.add(day);
            }
        }
        if (!drop.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(drop)), DocumentVersion.class);
        }
    }

    private static Update startOver(Instant now) {
        return Update.update("lastVersionAt", now).set("authors", List.of());
    }

    /**
     * Keeps the version, then tells open history pages on every node. Topic and audience are the document's history
     * scope, so only those who may read its versions now hear of it; the event names the version, never its content.
     */
    private void store(UserId actor, String doc, Instant at, VersionKind kind, VersionDraft draft) {
        List<byte[]> stored = log.loadAfterPending(doc).stream().map(UpdateLog.Entry::update).toList();
        byte[] state = stored.isEmpty() ? EMPTY_UPDATE : YUpdates.mergeUpdates(stored);
        boolean copy = draft != null && draft.html() != null;
        String id = new ObjectId().toHexString();
        mongo.insert(new DocumentVersion(id, doc, at, kind,
                draft == null || draft.authors() == null ? List.of() : draft.authors(), copy ? draft.html() : "",
                copy ? draft.text() : "", state));
        events.publish(actor, CollabLinks.VERSION_TAKEN, List.of(CollabLinks.historyTopic(doc)),
                Audience.of(CollabLinks.HISTORY_SCOPE, doc),
                Map.of("document", doc, "versionId", id, "kind", kind.name()));
    }

    private static Query byId(String doc) {
        return Query.query(Criteria.where("_id").is(doc));
    }
}
