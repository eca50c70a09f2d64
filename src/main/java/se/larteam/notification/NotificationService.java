package se.larteam.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.larteam.live.Audience;
import se.larteam.live.LiveEvents;
import se.larteam.live.Topic;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Each person's in-app notifications. Only the person themself lists them or marks them read; a notification
 * whose subject they may no longer see is left out of the list and the count.
 */
@Service
public class NotificationService {

    /** Live event kind on the recipient's person topic; carries no content. */
    public static final String NEW = "notification.new";
    static final int KEPT = 100;

    private final MongoTemplate mongo;
    private final UserService users;
    private final LiveEvents events;
    private final Clock clock;
    private final Map<String, NotificationSubjects> subjects;

    NotificationService(MongoTemplate mongo, UserService users, LiveEvents events, Clock clock,
            List<NotificationSubjects> subjects) {
        this.mongo = mongo;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.subjects = subjects.stream().collect(Collectors.toMap(NotificationSubjects::type, Function.identity()));
    }

    /** Records a notification and tells the recipient's open pages; services call it after their own checks. */
    public void notify(NewNotification notification) {
        if (notification.recipient().equals(notification.actor())) {
            return;
        }
        PersonNotifications.Entry entry = new PersonNotifications.Entry(UUID.randomUUID().toString(),
                notification.kind(), notification.actor().value(), notification.subjectType(),
                notification.subjectId(), notification.title(), notification.link(), clock.instant(), false);
        // $push with $slice keeps the newest KEPT entries in the one document.
        mongo.upsert(byId(notification.recipient()), new Update().push("entries").slice(-KEPT).each(entry),
                PersonNotifications.class);
        events.publish(notification.actor(), NEW, List.of(Topic.person(notification.recipient())),
                Audience.onlyPeople(Set.of(notification.recipient())), Map.of());
    }

    /** My notifications, newest first, leaving out those about things I may no longer see. */
    public List<Notification> mine(UserId actor) {
        List<PersonNotifications.Entry> visible = visible(actor);
        Map<UserId, String> names = users.displayNames(visible.stream().map(e -> new UserId(e.actorId())).distinct()
                .toList());
        return visible.stream().sorted(Comparator.comparing(PersonNotifications.Entry::at).reversed())
                .map(e -> new Notification(e.id(), e.kind(), names.getOrDefault(new UserId(e.actorId()), "?"),
                        e.title(), e.link(), e.at(), e.read()))
                .toList();
    }

    public int unreadCount(UserId actor) {
        return (int) visible(actor).stream().filter(e -> !e.read()).count();
    }

    /** Marks one of my notifications read; someone else's id changes nothing. */
    public void markRead(UserId actor, String notificationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(actor.value()).and("entries.id").is(notificationId)),
                new Update().set("entries.$.read", true), PersonNotifications.class);
    }

    /**
     * Marks read the notifications I was shown ({@code seen}, as listed by {@link #mine}): one that arrived after
     * the list was drawn stays unread, however soon the click follows. Each entry is set on its own inside the one
     * document (one bulk request), so a notification pushed meanwhile is neither lost nor marked. Ids not mine
     * change nothing; at most {@value #KEPT} are taken, as no list holds more.
     */
    public void markAllRead(UserId actor, Collection<String> seen) {
        List<String> ids = seen == null ? List.of() : seen.stream().filter(Objects::nonNull).distinct().limit(KEPT)
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PersonNotifications.class);
        ids.forEach(id -> bulk.updateOne(Query.query(Criteria.where("_id").is(actor.value()).and("entries.id").is(id)),
                new Update().set("entries.$.read", true)));
        bulk.execute();
    }

    private List<PersonNotifications.Entry> visible(UserId actor) {
        PersonNotifications mine = mongo.findById(actor.value(), PersonNotifications.class);
        if (mine == null) {
            return List.of();
        }
        return mine.entries().stream().filter(e -> {
            NotificationSubjects gate = subjects.get(e.subjectType());
            return gate != null && gate.maySee(actor, e.subjectId());
        }).toList();
    }

    private static Query byId(UserId person) {
        return Query.query(Criteria.where("_id").is(person.value()));
    }
}
