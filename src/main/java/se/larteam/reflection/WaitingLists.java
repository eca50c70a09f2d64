package se.larteam.reflection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import se.larteam.meeting.MeetingService;
import se.larteam.meeting.MeetingSummary;
import se.larteam.team.LedTeam;
import se.larteam.team.TeamId;
import se.larteam.team.TeamService;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Keeps each team's {@link WaitingList} current and reads the process leaders' inbox from it.
 * <p>
 * Every write that can change what a list holds calls {@link #refresh} afterwards, which recomputes that one
 * reflection's entry from the reflection as it is then. Two writers of the same reflection may finish in either
 * order, so after writing its entry a writer reads the reflection again and writes once more if it changed meanwhile:
 * the last entry written is then always that of the reflection's last state. A list is rebuilt from the team's
 * reflections when it is missing, when the team's process leaders are no longer those it was computed for (a comment
 * of a new process leader counts, one of a former no longer does), and for every team at start-up (which repairs
 * whatever a node stopped between a reflection's write and its list's update left behind). A rebuild writes only if
 * no update came in since it started reading ({@code seq}), and otherwise starts again.
 * <p>
 * The list never decides access: the inbox takes the teams the reader leads from the team documents as they are now,
 * and a write that takes a reflection away from the process leaders removes its entry before the reflection changes.
 */
@Component
class WaitingLists {

    private static final Logger log = LoggerFactory.getLogger(WaitingLists.class);
    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final TeamService teams;
    private final UserService users;
    private final MeetingService meetings;

    WaitingLists(MongoTemplate mongo, TeamService teams, UserService users, MeetingService meetings) {
        this.mongo = mongo;
        this.teams = teams;
        this.users = users;
        this.meetings = meetings;
    }

    /** "Väntar på kommentar" for this person: one read per team they lead now, then names and meeting dates. */
    List<InboxItem> inbox(UserId actor) {
        record Row(LedTeam team, String id, WaitingList.Entry entry) {
        }
        List<Row> rows = new ArrayList<>();
        for (LedTeam team : teams.ledTeams(actor)) {
            List<String> leaders = sorted(team.processLeaders());
            WaitingList list = mongo.findById(team.id().value(), WaitingList.class);
            if (list == null || !list.leaders().equals(leaders)) {
                list = rebuild(team.id(), leaders);
            }
            list.entries().forEach((id, entry) -> {
                if (waitsFor(actor, entry)) {
                    rows.add(new Row(team, id, entry));
                }
            });
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UserId, String> names = users.displayNames(rows.stream().map(r -> new UserId(r.entry().authorId()))
                .distinct().toList());
        Map<TeamId, Map<String, LocalDate>> dates = new HashMap<>();
        rows.stream().filter(r -> r.entry().meetingId() != null).map(r -> r.team().id()).distinct()
                .forEach(team -> dates.put(team, meetings.meetingsOf(actor, team).stream()
                        .collect(Collectors.toMap(m -> m.id().value(), MeetingSummary::date))));
        return rows.stream().map(r -> {
            WaitingList.Entry e = r.entry();
            UserId author = new UserId(e.authorId());
            LocalDate date = e.meetingId() == null ? null
                    : dates.getOrDefault(r.team().id(), Map.of()).get(e.meetingId());
            ReflectionSummary summary = new ReflectionSummary(new ReflectionId(r.id()), r.team().id(), author,
                    names.getOrDefault(author, "?"), e.title(), e.visibility(), ReflectionStatus.SHARED,
                    e.meetingId() == null ? null : new se.larteam.meeting.MeetingId(e.meetingId()), date, e.theme(),
                    e.createdAt(), e.sharedAt(), e.commentCount(), List.of());
            return new InboxItem(summary, r.team().name());
        }).sorted(Comparator.comparing((InboxItem i) -> i.reflection().sharedAt())
                .thenComparing(i -> i.reflection().id().value())).toList();
    }

    /** A process leader of the team sees an entry unless it is their own or they marked it handled. */
    private static boolean waitsFor(UserId leader, WaitingList.Entry entry) {
        return entry.visibility() != Visibility.PRIVATE && !entry.authorId().equals(leader.value())
                && !entry.handledBy().contains(leader.value());
    }

    /** After a write to the reflection: its entry as the reflection is now. */
    void refresh(TeamId team, ReflectionId id) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<String> leaders = sorted(teams.processLeaders(team));
            Query head = Query.query(Criteria.where("_id").is(team.value()));
            head.fields().include("leaders").include("seq");
            WaitingList list = mongo.findOne(head, WaitingList.class);
            if (list == null || !list.leaders().equals(leaders)) {
                rebuild(team, leaders);
                return;
            }
            WaitingList.Entry written = entry(load(id), team, leaders);
            Update update = written == null ? new Update().unset(field(id)) : new Update().set(field(id), written);
            long matched = mongo.updateFirst(Query.query(Criteria.where("_id").is(team.value()).and("leaders")
                    .is(leaders)), update.inc("seq", 1), WaitingList.class).getMatchedCount();
            // Unmatched: a rebuild for other leaders came in between; look again.
            if (matched > 0 && Objects.equals(entry(load(id), team, leaders), written)) {
                return;
            }
        }
        log.warn("Waiting list of team {} kept changing while reflection {} was updated; rebuilding it", team, id);
        rebuild(team, sorted(teams.processLeaders(team)));
    }

    /**
     * Before a write that takes the reflection away from the process leaders: its entry goes first, so that a
     * node stopping in between leaves it missing from the inbox rather than shown to those who may no longer read it.
     */
    void forget(TeamId team, ReflectionId id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(team.value())),
                new Update().unset(field(id)).inc("seq", 1), WaitingList.class);
    }

    /** The team's list computed again from its reflections, for these process leaders. */
    WaitingList rebuild(TeamId team, List<String> leaders) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Query head = Query.query(Criteria.where("_id").is(team.value()));
            head.fields().include("seq");
            WaitingList before = mongo.findOne(head, WaitingList.class);
            Map<String, WaitingList.Entry> entries = new HashMap<>();
            for (Reflection reflection : sharedOf(team)) {
                WaitingList.Entry entry = entry(reflection, team, leaders);
                if (entry != null) {
                    entries.put(reflection.id(), entry);
                }
            }
            if (before == null) {
                WaitingList built = new WaitingList(team.value(), leaders, 0, entries);
                try {
                    mongo.insert(built);
                    return built;
                } catch (DuplicateKeyException another) {
                    continue;
                }
            }
            Query unchanged = Query.query(Criteria.where("_id").is(team.value()).and("seq").is(before.seq()));
            Update update = new Update().set("leaders", leaders).set("entries", entries).inc("seq", 1);
            if (mongo.updateFirst(unchanged, update, WaitingList.class).getMatchedCount() > 0) {
                return new WaitingList(team.value(), leaders, before.seq() + 1, entries);
            }
        }
        throw new IllegalStateException("the waiting list of team " + team + " kept changing during its rebuild");
    }

    /** Every team's list afresh: the start of a node is when a stop between two writes can be repaired. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildAll() {
        long start = System.nanoTime();
        Query teamsWithReflections = Query.query(Criteria.where("_id").regex("^" + ReflectionIndex.team("")));
        teamsWithReflections.fields().include("_id");
        List<TeamId> found = mongo.find(teamsWithReflections, org.bson.Document.class, ReflectionIndex.COLLECTION)
                .stream().map(d -> new TeamId(d.getString("_id").substring(ReflectionIndex.team("").length())))
                .toList();
        for (TeamId team : found) {
            try {
                rebuild(team, sorted(teams.processLeaders(team)));
            } catch (RuntimeException e) {
                // The inbox rebuilds a list it finds missing or stale; one team must not stop the others.
                log.warn("Could not rebuild the waiting list of team {}", team, e);
            }
        }
        log.info("Rebuilt the waiting lists of {} teams in {} ms", found.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The entry of a reflection in its team's list, or null when it is not waiting for these process leaders. */
    static WaitingList.Entry entry(Reflection r, TeamId team, Collection<String> leaders) {
        if (r == null || !r.teamId().equals(team.value()) || r.status() != ReflectionStatus.SHARED
                || r.visibility() == Visibility.PRIVATE) {
            return null;
        }
        if (r.comments().stream().anyMatch(c -> !c.deleted() && leaders.contains(c.authorId()))) {
            return null;
        }
        int comments = (int) r.comments().stream().filter(c -> !c.deleted()).count();
        return new WaitingList.Entry(r.authorId(), r.title(), r.visibility(), r.meetingId(), r.theme(),
                r.createdAt(), r.sharedAt(), comments, r.handledBy());
    }

    private Reflection load(ReflectionId id) {
        Query query = Query.query(Criteria.where("_id").is(id.value()));
        withoutText(query);
        return mongo.findOne(query, Reflection.class);
    }

    /** The team's shared reflections (one scan on the embedded server: for rebuilds only). */
    private List<Reflection> sharedOf(TeamId team) {
        ReflectionIndex index = mongo.findById(ReflectionIndex.team(team.value()), ReflectionIndex.class);
        if (index == null || index.reflections().isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(index.reflections()).and("status")
                .is(ReflectionStatus.SHARED));
        withoutText(query);
        return mongo.find(query, Reflection.class);
    }

    /** Leaves out what no entry needs, which is most of a reflection's size. */
    private static void withoutText(Query query) {
        query.fields().exclude("body").exclude("answers").exclude("reads").exclude("visibilityHistory");
    }

    private static String field(ReflectionId id) {
        return "entries." + id.value();
    }

    private static List<String> sorted(Set<UserId> leaders) {
        return leaders.stream().map(UserId::value).sorted().toList();
    }
}
