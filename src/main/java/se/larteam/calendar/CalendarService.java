package se.larteam.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import jakarta.annotation.PostConstruct;
import se.larteam.base.NotPermittedException;
import se.larteam.user.UserId;
import se.larteam.user.UserProfile;
import se.larteam.user.UserService;

/**
 * Each person's calendar: their secret feed link (create, replace, revoke; each person only their own) and the
 * entries the features contribute through {@link CalendarSource}, gathered when asked, from current data.
 */
@Service
public class CalendarService {

    /** Entries that ended longer ago than this are left out of the feed, which would otherwise grow for years. */
    static final Duration HISTORY = Duration.ofDays(365);
    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);
    // 32 random bytes: 256 bits, 43 URL-safe characters without padding.
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final MongoTemplate mongo;
    private final UserService users;
    private final ObjectProvider<CalendarSource> sources;
    private final Clock clock;
    private final String organizerAddress;
    private final SecureRandom random = new SecureRandom();

    CalendarService(MongoTemplate mongo, UserService users, ObjectProvider<CalendarSource> sources, Clock clock,
            @Value("${larteam.calendar.organizer-address:noreply@larteam.invalid}") String organizerAddress) {
        this.mongo = mongo;
        this.users = users;
        this.sources = sources;
        this.clock = clock;
        this.organizerAddress = organizerAddress;
    }

    @PostConstruct
    void createIndexes() {
        mongo.indexOps(CalendarLinkDocument.class).createIndex(new Index("token", Sort.Direction.ASC).unique());
    }

    /** The acting person's feed link, if they have made one. */
    public Optional<CalendarLink> link(UserId actor) {
        requireActive(actor);
        return Optional.ofNullable(mongo.findById(actor.value(), CalendarLinkDocument.class)).map(CalendarService::toLink);
    }

    /** A new secret link for the acting person; the old one, if any, stops working at once. */
    public CalendarLink createOrReplaceLink(UserId actor) {
        requireActive(actor);
        CalendarLinkDocument link = new CalendarLinkDocument(actor.value(), newToken(), clock.instant());
        mongo.save(link);
        log.info("New calendar link for {}", actor);
        return toLink(link);
    }

    /** Removes the acting person's link; calendars subscribed to it get nothing more. */
    public void revokeLink(UserId actor) {
        requireActive(actor);
        mongo.remove(Query.query(Criteria.where("_id").is(actor.value())), CalendarLinkDocument.class);
        log.info("Calendar link revoked for {}", actor);
    }

    /** What the acting person's feed holds from now on, in time order: what a subscribed calendar will show. */
    public List<CalendarEntry> upcoming(UserId actor) {
        requireActive(actor);
        Instant now = clock.instant();
        return entriesOf(actor).stream().filter(e -> e.end().toInstant().isAfter(now)).toList();
    }

    /**
     * For the feed's web address only: the iCalendar text of the feed this token opens, or empty when the token is
     * unknown, revoked or malformed, or its owner's account is disabled. Acts for nobody: the token stands for its
     * owner, and only the owner's own entries are served. Views must not call this.
     */
    public Optional<String> feedForToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        CalendarLinkDocument link = mongo.findOne(Query.query(Criteria.where("token").is(token)), CalendarLinkDocument.class);
        if (link == null) {
            return Optional.empty();
        }
        UserId owner = new UserId(link.userId());
        if (!users.exists(owner)) {
            return Optional.empty();
        }
        UserProfile profile = users.profile(owner);
        Instant now = clock.instant();
        Instant since = now.minus(HISTORY);
        List<CalendarEntry> entries = entriesOf(owner).stream().filter(e -> e.end().toInstant().isAfter(since)).toList();
        return Optional.of(ICalendarWriter.write("Lärteam – " + profile.displayName(), entries, now, organizerAddress));
    }

    /** Every source's entries for this person, each uid once, in time order. */
    private List<CalendarEntry> entriesOf(UserId person) {
        Map<String, CalendarEntry> byUid = new LinkedHashMap<>();
        sources.orderedStream().forEach(source -> source.entriesFor(person).forEach(e -> byUid.putIfAbsent(e.uid(), e)));
        List<CalendarEntry> entries = new ArrayList<>(byUid.values());
        entries.sort(Comparator.comparing((CalendarEntry e) -> e.start().toInstant()).thenComparing(CalendarEntry::uid));
        return entries;
    }

    private void requireActive(UserId actor) {
        if (!users.exists(actor)) {
            throw new NotPermittedException("No active account " + actor);
        }
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static CalendarLink toLink(CalendarLinkDocument link) {
        return new CalendarLink(CalendarLinks.feed(link.token()), link.createdAt());
    }
}
