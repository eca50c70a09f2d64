package se.larteam.program;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.live.LiveEvents;
import se.larteam.live.Topic;
import se.larteam.user.UserId;
import se.larteam.user.UserProfile;
import se.larteam.user.UserService;

/**
 * Programs and the people in them. Every method that acts for someone takes that person first and checks, on
 * every call, what they may do now: administrators and the program's organisers manage it; anyone with a role in
 * it may read it.
 */
@Service
public class ProgramService {

    private final MongoTemplate mongo;
    private final UserService users;
    private final LiveEvents events;
    private final Clock clock;

    ProgramService(MongoTemplate mongo, UserService users, LiveEvents events, Clock clock) {
        this.mongo = mongo;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Administrators create programs and then name their organisers. */
    public ProgramId create(UserId actor, ProgramDetails details) {
        if (!users.isAdministrator(actor)) {
            throw new NotPermittedException(actor + " may not create programs");
        }
        Program program = validated(ProgramId.random(), details);
        mongo.insert(program);
        return new ProgramId(program.id());
    }

    public void update(UserId actor, ProgramId id, ProgramDetails details) {
        requireManager(actor, id);
        Program valid = validated(id, details);
        mongo.updateFirst(byId(id), new Update()
                .set("name", valid.name()).set("organisation", valid.organisation())
                .set("description", valid.description()).set("start", valid.start()).set("end", valid.end()),
                Program.class);
        events.publish(actor, "program.changed", List.of(ProgramLive.topic(id)), ProgramLive.everyoneIn(id),
                Map.of("programId", id.value()));
    }

    public ProgramSummary get(UserId actor, ProgramId id) {
        Program program = mongo.findById(id.value(), Program.class);
        if (program == null) {
            throw new NotPermittedException("No program " + id + " for " + actor);
        }
        Set<ProgramRole> roles = rolesOf(program, actor);
        boolean administrator = users.isAdministrator(actor);
        if (roles.isEmpty() && !administrator) {
            throw new NotPermittedException(actor + " has no role in program " + id);
        }
        return toSummary(program, roles, administrator);
    }

    /** The programs in which the acting person has a role, in Swedish name order. */
    public List<ProgramSummary> myPrograms(UserId actor) {
        String me = actor.value();
        Query query = Query.query(new Criteria().orOperator(
                Criteria.where("organisers").is(me),
                Criteria.where("participants").is(me),
                Criteria.where("readers").is(me)));
        boolean administrator = users.isAdministrator(actor);
        return mongo.find(query, Program.class).stream()
                .map(p -> toSummary(p, rolesOf(p, actor), administrator))
                .sorted(SwedishOrder.by(ProgramSummary::name))
                .toList();
    }

    public void addPerson(UserId actor, ProgramId id, UserId person, ProgramRole role) {
        requireManager(actor, id);
        if (!users.exists(person)) {
            throw new InvalidInputException("person", "validation.unknown-person");
        }
        mongo.updateFirst(byId(id), new Update().addToSet(field(role), person.value()), Program.class);
        peopleChanged(actor, id, person, role);
    }

    /** The program's learning sessions and seminars in date order, for everyone with a role in it. */
    public List<ProgramSession> sessions(UserId actor, ProgramId id) {
        get(actor, id);
        Program program = mongo.findById(id.value(), Program.class);
        return program.sessions().stream()
                .sorted(java.util.Comparator.comparing(ProgramSession::date).thenComparing(ProgramSession::start))
                .toList();
    }

    /** Adds a session to the schedule; organisers only. Refused when the date is missing or it ends before it starts. */
    public ProgramSession addSession(UserId actor, ProgramId id, ProgramSession session) {
        requireManager(actor, id);
        if (session.date() == null) {
            throw new InvalidInputException("date", "validation.required");
        }
        if (session.start() == null) {
            throw new InvalidInputException("start", "validation.required");
        }
        if (session.end() == null) {
            throw new InvalidInputException("end", "validation.required");
        }
        if (!session.end().isAfter(session.start())) {
            throw new InvalidInputException("end", "validation.end-before-start-time");
        }
        ProgramSession valid = new ProgramSession(java.util.UUID.randomUUID().toString(), session.date(), session.start(),
                session.end(), Check.optionalText("place", session.place(), 500), Check.optionalText("theme", session.theme(), 300));
        mongo.updateFirst(byId(id), new Update().push("sessions", valid), Program.class);
        sessionsChanged(actor, id);
        return valid;
    }

    public void removeSession(UserId actor, ProgramId id, String sessionId) {
        requireManager(actor, id);
        mongo.updateFirst(byId(id), new Update().pull("sessions", Query.query(Criteria.where("id").is(sessionId))
                .getQueryObject()), Program.class);
        sessionsChanged(actor, id);
    }

    private void sessionsChanged(UserId actor, ProgramId id) {
        events.publish(actor, "program.sessions-changed", List.of(ProgramLive.topic(id)), ProgramLive.everyoneIn(id),
                Map.of("programId", id.value()));
    }

    /** Adds many people at once (an import): one atomic update and one live event. */
    public void addPeople(UserId actor, ProgramId id, Collection<UserId> people, ProgramRole role) {
        requireManager(actor, id);
        if (people.isEmpty()) {
            return;
        }
        if (users.displayNames(people).size() != new java.util.HashSet<>(people).size()) {
            throw new InvalidInputException("person", "validation.unknown-person");
        }
        mongo.updateFirst(byId(id), new Update().addToSet(field(role)).each(people.stream().map(UserId::value).toArray()),
                Program.class);
        List<Topic> topics = new java.util.ArrayList<>(List.of(ProgramLive.topic(id)));
        people.forEach(person -> topics.add(Topic.person(person)));
        events.publish(actor, "program.people-changed", topics,
                new se.larteam.live.Audience(ProgramLive.SCOPE, id.value(), java.util.Set.copyOf(people)),
                Map.of("programId", id.value(), "count", String.valueOf(people.size()), "role", role.name()));
    }

    /** Takes a role from a person. A program always keeps at least one organiser, so the last one cannot leave. */
    public void removePerson(UserId actor, ProgramId id, UserId person, ProgramRole role) {
        requireManager(actor, id);
        Query query = byId(id);
        if (role == ProgramRole.ORGANISER) {
            // Atomic: two organisers removing each other at once cannot leave the program with none.
            query.addCriteria(Criteria.where("organisers.1").exists(true));
        }
        if (mongo.updateFirst(query, new Update().pull(field(role), person.value()), Program.class).getMatchedCount() == 0) {
            throw new InvalidInputException("person", "program.last-organiser");
        }
        peopleChanged(actor, id, person, role);
    }

    /** Everyone in the program by role, with their contact details; for its organisers and administrators. */
    public ProgramPeople people(UserId actor, ProgramId id) {
        requireManager(actor, id);
        Program program = mongo.findById(id.value(), Program.class);
        java.util.Set<UserId> everyone = new java.util.HashSet<>();
        java.util.stream.Stream.of(program.organisers(), program.participants(), program.readers())
                .flatMap(List::stream).forEach(person -> everyone.add(new UserId(person)));
        Map<UserId, UserProfile> profiles = users.profiles(everyone);
        return new ProgramPeople(profilesOf(program.organisers(), profiles), profilesOf(program.participants(), profiles),
                profilesOf(program.readers(), profiles));
    }

    private static List<UserProfile> profilesOf(List<String> ids, Map<UserId, UserProfile> profiles) {
        return ids.stream().map(id -> profiles.get(new UserId(id))).filter(java.util.Objects::nonNull)
                .sorted(SwedishOrder.by(UserProfile::displayName)).toList();
    }

    // The person hears of it on their own topic too, so a start page can show a program they just joined or left.
    private void peopleChanged(UserId actor, ProgramId id, UserId person, ProgramRole role) {
        events.publish(actor, "program.people-changed", List.of(ProgramLive.topic(id), Topic.person(person)),
                ProgramLive.everyoneIn(id).and(person),
                Map.of("programId", id.value(), "person", person.value(), "role", role.name()));
    }

    /**
     * Whether the program's organisers may read its teams' meeting notes in progress, not only approved minutes.
     * Everyone with a role in the program may ask: members should know who can read their notes.
     */
    public boolean notesOpenToOrganisers(UserId actor, ProgramId id) {
        get(actor, id);
        return Boolean.TRUE.equals(mongo.findById(id.value(), Program.class).notesOpenToOrganisers());
    }

    /** Opens (or closes again) the teams' notes in progress to the organisers; organisers decide, for the program. */
    public void openNotesToOrganisers(UserId actor, ProgramId id, boolean open) {
        requireManager(actor, id);
        mongo.updateFirst(byId(id), Update.update("notesOpenToOrganisers", open), Program.class);
        events.publish(actor, "program.changed", List.of(ProgramLive.topic(id)), ProgramLive.everyoneIn(id),
                Map.of("programId", id.value()));
    }

    /** Whether this person may manage the program now: an administrator or one of its organisers. */
    public boolean mayManage(UserId person, ProgramId id) {
        Program program = mongo.findById(id.value(), Program.class);
        return program != null
                && (program.organisers().contains(person.value()) || users.isAdministrator(person));
    }

    /** The program's organisers now, for access rules resolved once per event. */
    public Set<UserId> organisers(ProgramId id) {
        Program program = mongo.findById(id.value(), Program.class);
        return program == null ? Set.of()
                : program.organisers().stream().map(UserId::new).collect(java.util.stream.Collectors.toSet());
    }

    /** This person's roles in the program now (empty when none, or when there is no such program). */
    public Set<ProgramRole> rolesOf(UserId person, ProgramId id) {
        Program program = mongo.findById(id.value(), Program.class);
        return program == null ? Set.of() : Set.copyOf(rolesOf(program, person));
    }

    /** The program's name, for services that have already checked that their caller may see it. */
    public String name(ProgramId id) {
        Program program = mongo.findById(id.value(), Program.class);
        if (program == null) {
            throw new NotPermittedException("No program " + id);
        }
        return program.name();
    }

    private void requireManager(UserId actor, ProgramId id) {
        if (!mayManage(actor, id)) {
            throw new NotPermittedException(actor + " may not manage program " + id);
        }
    }

    private Program validated(ProgramId id, ProgramDetails details) {
        String name = Check.requiredText("name", details.name(), 200);
        String organisation = Check.optionalText("organisation", details.organisation(), 200);
        String description = Check.optionalText("description", details.description(), 5_000);
        if (details.start() != null && details.end() != null && details.end().isBefore(details.start())) {
            throw new InvalidInputException("end", "validation.end-before-start");
        }
        return new Program(id.value(), name, organisation, description, details.start(), details.end(),
                List.of(), List.of(), List.of(), List.of(), clock.instant(), false);
    }

    private static Set<ProgramRole> rolesOf(Program program, UserId person) {
        Set<ProgramRole> roles = EnumSet.noneOf(ProgramRole.class);
        if (program.organisers().contains(person.value())) {
            roles.add(ProgramRole.ORGANISER);
        }
        if (program.participants().contains(person.value())) {
            roles.add(ProgramRole.PARTICIPANT);
        }
        if (program.readers().contains(person.value())) {
            roles.add(ProgramRole.READER);
        }
        return roles;
    }

    private static String field(ProgramRole role) {
        return switch (role) {
            case ORGANISER -> "organisers";
            case PARTICIPANT -> "participants";
            case READER -> "readers";
        };
    }

    private static Query byId(ProgramId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static ProgramSummary toSummary(Program p, Set<ProgramRole> roles, boolean administrator) {
        return new ProgramSummary(new ProgramId(p.id()), p.name(), p.organisation(), p.description(), p.start(),
                p.end(), Set.copyOf(roles), administrator || roles.contains(ProgramRole.ORGANISER));
    }
}
