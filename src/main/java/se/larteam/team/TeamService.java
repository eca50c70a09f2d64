package se.larteam.team;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.live.Audience;
import se.larteam.live.LiveEvents;
import se.larteam.live.Topic;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLive;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Teams and their members. Access is decided on every call from the team document and the program as they are
 * now; nothing is cached from the login.
 */
@Service
public class TeamService {

    private final MongoTemplate mongo;
    private final ProgramService programs;
    private final UserService users;
    private final LiveEvents events;
    private final Clock clock;

    TeamService(MongoTemplate mongo, ProgramService programs, UserService users, LiveEvents events, Clock clock) {
        this.mongo = mongo;
        this.programs = programs;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public TeamId create(UserId actor, ProgramId program, String name) {
        if (!programs.mayManage(actor, program)) {
            throw new NotPermittedException(actor + " may not add teams to " + program);
        }
        String valid = Check.requiredText("name", name, 200);
        Team team = new Team(TeamId.random().value(), program.value(), valid, List.of(), clock.instant());
        mongo.insert(team);
        TeamId id = new TeamId(team.id());
        changed(actor, id, program, "team.created", List.of(ProgramLive.topic(program)), null);
        return id;
    }

    public void rename(UserId actor, TeamId id, String name) {
        Team team = requireManaged(actor, id);
        mongo.updateFirst(byId(id), Update.update("name", Check.requiredText("name", name, 200)), Team.class);
        ProgramId program = new ProgramId(team.programId());
        changed(actor, id, program, "team.renamed", List.of(TeamLive.topic(id), ProgramLive.topic(program)), null);
    }

    /** Adds a person to the team, or changes their role in it; they become a participant of the program too. */
    public void putMember(UserId actor, TeamId id, UserId person, TeamRole role) {
        putMembers(actor, id, List.of(person), role);
    }

    /** Puts many people into the team at once (an import), each with this role; one live event. */
    public void putMembers(UserId actor, TeamId id, Collection<UserId> people, TeamRole role) {
        Team team = requireManaged(actor, id);
        if (role == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        if (people.isEmpty()) {
            return;
        }
        ProgramId program = new ProgramId(team.programId());
        programs.addPeople(actor, program, people, ProgramRole.PARTICIPANT);
        List<String> ids = people.stream().map(UserId::value).distinct().toList();
        // Pull then push in two atomic steps: a member is briefly absent, never present twice.
        mongo.updateFirst(byId(id), new Update().pull("members", Query.query(Criteria.where("userId").in(ids))
                .getQueryObject()), Team.class);
        mongo.updateFirst(byId(id), new Update().push("members").each(ids.stream()
                .map(userId -> new Team.Membership(userId, role)).toArray()), Team.class);
        List<Topic> topics = new java.util.ArrayList<>(List.of(TeamLive.topic(id), ProgramLive.topic(program)));
        people.forEach(person -> topics.add(Topic.person(person)));
        Map<String, String> data = new java.util.HashMap<>(
                Map.of("teamId", id.value(), "programId", program.value(), "count", String.valueOf(ids.size())));
        if (ids.size() == 1) {
            data.put("person", ids.get(0));
        }
        events.publish(actor, "team.members-changed", topics,
                new Audience(TeamLive.SCOPE, id.value(), java.util.Set.copyOf(people)), data);
    }

    /** Removes a person from the team; they lose access to it at once. */
    public void removeMember(UserId actor, TeamId id, UserId person) {
        Team team = requireManaged(actor, id);
        mongo.updateFirst(byId(id), new Update().pull("members", Query.query(Criteria.where("userId").is(person.value()))
                .getQueryObject()), Team.class);
        membersChanged(actor, id, new ProgramId(team.programId()), person);
    }

    /**
     * Moves people from one team to another of the same program in one step, each keeping their role (a process
     * leader stays one). Everyone's open pages of both teams follow at once; the moved people lose the old team.
     */
    public void moveMembers(UserId actor, TeamId from, TeamId to, Collection<UserId> people) {
        Team source = requireManaged(actor, from);
        Team target = requireManaged(actor, to);
        if (!source.programId().equals(target.programId())) {
            throw new InvalidInputException("team", "team.move.other-program");
        }
        if (from.equals(to) || people.isEmpty()) {
            return;
        }
        List<Team.Membership> moving = source.members().stream()
                .filter(m -> people.stream().anyMatch(p -> p.value().equals(m.userId()))).toList();
        if (moving.size() != people.stream().distinct().count()) {
            throw new InvalidInputException("person", "team.move.not-in-team", source.name());
        }
        List<String> ids = moving.stream().map(Team.Membership::userId).toList();
        // Into the target first: someone is briefly in both teams, never in neither (and never out of the program).
        mongo.updateFirst(byId(to), new Update().pull("members", Query.query(Criteria.where("userId").in(ids))
                .getQueryObject()), Team.class);
        mongo.updateFirst(byId(to), new Update().push("members").each(moving.toArray()), Team.class);
        mongo.updateFirst(byId(from), new Update().pull("members", Query.query(Criteria.where("userId").in(ids))
                .getQueryObject()), Team.class);
        ProgramId program = new ProgramId(source.programId());
        List<Topic> topics = new java.util.ArrayList<>(List.of(TeamLive.topic(from), TeamLive.topic(to),
                ProgramLive.topic(program)));
        people.forEach(person -> topics.add(Topic.person(person)));
        Map<String, String> data = Map.of("teamId", to.value(), "fromTeamId", from.value(), "programId",
                program.value(), "count", String.valueOf(ids.size()));
        // Two events, because an audience names one team: those who may see either team hear of it.
        java.util.Set<UserId> moved = java.util.Set.copyOf(people);
        events.publish(actor, "team.members-changed", topics, new Audience(TeamLive.SCOPE, from.value(), moved), data);
        events.publish(actor, "team.members-changed", topics, new Audience(TeamLive.SCOPE, to.value(), moved), data);
    }

    // The affected person is named in the audience and topics: a removed member is no longer in the team's
    // audience, yet their start page must hear that the team is gone.
    private void membersChanged(UserId actor, TeamId id, ProgramId program, UserId person) {
        changed(actor, id, program, "team.members-changed",
                List.of(TeamLive.topic(id), ProgramLive.topic(program), Topic.person(person)), person);
    }

    private void changed(UserId actor, TeamId id, ProgramId program, String kind, List<Topic> topics, UserId person) {
        Audience audience = TeamLive.everyoneWhoMaySee(id);
        Map<String, String> data = new java.util.HashMap<>(Map.of("teamId", id.value(), "programId", program.value()));
        if (person != null) {
            audience = audience.and(person);
            data.put("person", person.value());
        }
        events.publish(actor, kind, topics, audience, data);
    }

    /** The team with its members, for anyone who may see it. */
    public TeamDetails details(UserId actor, TeamId id) {
        Team team = find(id).orElseThrow(() -> denied(actor, id));
        TeamAccess access = accessTo(team, actor).orElseThrow(() -> denied(actor, id));
        Map<UserId, String> names = users.displayNames(team.members().stream().map(m -> new UserId(m.userId())).toList());
        return toDetails(team, programs.name(new ProgramId(team.programId())), names, access);
    }

    private static TeamDetails toDetails(Team team, String programName, Map<UserId, String> names, TeamAccess access) {
        List<TeamMember> members = team.members().stream()
                .map(m -> new TeamMember(new UserId(m.userId()), names.getOrDefault(new UserId(m.userId()), "?"), m.role()))
                .sorted(Comparator.comparing(TeamMember::role).thenComparing(SwedishOrder.by(TeamMember::displayName)))
                .toList();
        return new TeamDetails(new TeamId(team.id()), new ProgramId(team.programId()), programName, team.name(),
                members, access);
    }

    /** Teams the acting person belongs to (as member or process leader), and all teams of programs they organise. */
    public List<TeamSummary> myTeams(UserId actor) {
        List<ProgramId> organised = programs.myPrograms(actor).stream()
                .filter(p -> p.myRoles().contains(ProgramRole.ORGANISER)).map(p -> p.id()).toList();
        Criteria mine = Criteria.where("members.userId").is(actor.value());
        Criteria criteria = organised.isEmpty() ? mine
                : new Criteria().orOperator(mine, Criteria.where("programId").in(organised.stream().map(ProgramId::value).toList()));
        return mongo.find(Query.query(criteria), Team.class).stream()
                .flatMap(t -> accessTo(t, actor).map(a -> toSummary(t, a)).stream())
                .sorted(SwedishOrder.by(TeamSummary::name))
                .toList();
    }

    /** All teams of a program, for its organisers and administrators. */
    public List<TeamSummary> teamsOf(UserId actor, ProgramId program) {
        if (!programs.mayManage(actor, program)) {
            throw new NotPermittedException(actor + " may not list the teams of " + program);
        }
        return mongo.find(Query.query(Criteria.where("programId").is(program.value())), Team.class).stream()
                .flatMap(t -> accessTo(t, actor).map(a -> toSummary(t, a)).stream())
                .sorted(SwedishOrder.by(TeamSummary::name))
                .toList();
    }

    /** All teams of a program with their members, in Swedish name order: what its organisers see when forming teams. */
    public List<TeamDetails> teamsWithMembers(UserId actor, ProgramId program) {
        if (!programs.mayManage(actor, program)) {
            throw new NotPermittedException(actor + " may not list the teams of " + program);
        }
        List<Team> found = mongo.find(Query.query(Criteria.where("programId").is(program.value())), Team.class);
        Map<UserId, String> names = users.displayNames(found.stream().flatMap(t -> t.members().stream())
                .map(m -> new UserId(m.userId())).distinct().toList());
        String programName = programs.name(program);
        return found.stream()
                .flatMap(t -> accessTo(t, actor).map(access -> toDetails(t, programName, names, access)).stream())
                .sorted(SwedishOrder.by(TeamDetails::name))
                .toList();
    }

    /**
     * The teams this person leads as process leader now, each with all its process leaders now: one read, for lists
     * that span every led team (the process leaders' inbox).
     */
    public List<LedTeam> ledTeams(UserId actor) {
        Query query = Query.query(Criteria.where("members.userId").is(actor.value()));
        return mongo.find(query, Team.class).stream()
                .filter(t -> t.roleOf(actor.value()).orElse(null) == TeamRole.PROCESS_LEADER)
                .map(t -> new LedTeam(new TeamId(t.id()), new ProgramId(t.programId()), t.name(), leadersOf(t)))
                .sorted(SwedishOrder.by(LedTeam::name))
                .toList();
    }

    /**
     * The team's process leaders now (empty for an unknown team); for services that keep lists derived from who
     * leads a team, after their own access check.
     */
    public java.util.Set<UserId> processLeaders(TeamId id) {
        return find(id).map(TeamService::leadersOf).orElse(java.util.Set.of());
    }

    private static java.util.Set<UserId> leadersOf(Team team) {
        return team.members().stream().filter(m -> m.role() == TeamRole.PROCESS_LEADER)
                .map(m -> new UserId(m.userId())).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * How this person sees the team now, if at all. The question every feature asks before it shows or changes
     * anything of a team; membership wins over organiser rights, so an organiser who is also a member is inside.
     */
    public Optional<TeamAccess> access(UserId person, TeamId id) {
        return find(id).flatMap(team -> accessTo(team, person));
    }

    private Optional<TeamAccess> accessTo(Team team, UserId person) {
        Optional<TeamRole> role = team.roleOf(person.value());
        if (role.isPresent()) {
            return Optional.of(role.get() == TeamRole.PROCESS_LEADER ? TeamAccess.PROCESS_LEADER : TeamAccess.MEMBER);
        }
        ProgramId program = new ProgramId(team.programId());
        if (programs.rolesOf(person, program).contains(ProgramRole.ORGANISER)) {
            return Optional.of(TeamAccess.ORGANISER);
        }
        return users.isAdministrator(person) ? Optional.of(TeamAccess.ADMINISTRATOR) : Optional.empty();
    }

    private Team requireManaged(UserId actor, TeamId id) {
        Team team = find(id).orElseThrow(() -> denied(actor, id));
        if (!programs.mayManage(actor, new ProgramId(team.programId()))) {
            throw denied(actor, id);
        }
        return team;
    }

    private Optional<Team> find(TeamId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Team.class));
    }

    private static NotPermittedException denied(UserId actor, TeamId id) {
        return new NotPermittedException(actor + " may not see or change team " + id);
    }

    private static Query byId(TeamId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static TeamSummary toSummary(Team t, TeamAccess access) {
        int members = (int) t.members().stream().filter(m -> m.role() == TeamRole.MEMBER).count();
        return new TeamSummary(new TeamId(t.id()), new ProgramId(t.programId()), t.name(), members, access);
    }
}
