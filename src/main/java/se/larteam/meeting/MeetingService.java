package se.larteam.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.collab.CollabAccess;
import se.larteam.collab.DocumentApproved;
import se.larteam.collab.ReadableSnapshot;
import se.larteam.live.Audience;
import se.larteam.live.LiveEvents;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.reading.ReadingDetails;
import se.larteam.reading.ReadingId;
import se.larteam.reading.ReadingPageSection;
import se.larteam.reading.ReadingScope;
import se.larteam.reading.ReadingService;
import se.larteam.team.TeamAccess;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamId;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * A team's meetings. Members and process leaders of the team see and change everything (minutes, once approved,
 * only process leaders); the program's organisers (and administrators) see the frame (dates, attendance) and
 * approved minutes, and notes in progress only when the program has opened them. Access is asked of
 * {@link TeamService#access} on every call.
 */
@Service
public class MeetingService {

    /** Live event kinds; every event carries {@code teamId} and {@code meetingId} and no content. */
    public static final String PLANNED = "meeting.planned";
    public static final String CHANGED = "meeting.changed";
    /** An agenda point was linked to or unlinked from a reading; carries {@code readingId} for its page. */
    public static final String READING_LINKED = "meeting.reading-linked";

    static final int MAX_AGENDA_TEXT = 300;
    static final int MAX_ACTION_TEXT = 500;
    static final int MAX_COMMENT = 1_000;
    static final int MAX_NOTES = 100_000;
    static final int MAX_DECISIONS = 20_000;
    static final int MAX_PLACE = 500;

    private final MongoTemplate mongo;
    private final TeamService teams;
    private final ProgramService programs;
    private final UserService users;
    private final LiveEvents events;
    private final Clock clock;
    private final MinutesExport export;
    private final ReadingService readings;
    private final ApplicationEventPublisher approvals;

    MeetingService(MongoTemplate mongo, TeamService teams, ProgramService programs, UserService users,
            LiveEvents events, Clock clock, MinutesExport export, ReadingService readings,
            ApplicationEventPublisher approvals) {
        this.approvals = approvals;
        this.export = export;
        this.readings = readings;
        this.mongo = mongo;
        this.teams = teams;
        this.programs = programs;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Plans a meeting of the team, for its members and process leaders. The previous meeting's actions come
     * along as follow-ups, so the meeting opens with what everyone promised to try.
     */
    public MeetingId plan(UserId actor, TeamId team, MeetingPlan plan, List<String> agenda) {
        TeamAccess access = teams.access(actor, team).orElseThrow(() -> denied(actor, team));
        if (!access.insideTeam()) {
            throw denied(actor, team);
        }
        MeetingPlan valid = validPlan(plan);
        List<Meeting.Item> items = validAgenda(agenda == null ? List.of()
                : agenda.stream().map(AgendaItem::of).toList());
        ProgramId program = teams.details(actor, team).programId();
        List<Meeting.FollowUpDoc> followUps = previous(team, valid.date(), null)
                .map(MeetingService::followUpsOf).orElse(List.of());
        Meeting meeting = new Meeting(MeetingId.random().value(), team.value(), program.value(), valid.date(),
                valid.start(), valid.end(), valid.place(), MeetingState.PLANNED, items, List.of(), "", "", List.of(),
                followUps, clock.instant(), null, null);
        mongo.insert(meeting);
        mongo.upsert(Query.query(Criteria.where("_id").is(team.value())),
                new Update().push("meetings", entry(meeting)), TeamMeetings.class);
        publish(actor, meeting, PLANNED, false);
        // A meeting planned between two others is now the one that follows up the earlier one's actions.
        relinkFollowUps(actor, team, valid.date(), valid.date(), meeting.id());
        return new MeetingId(meeting.id());
    }

    /**
     * Changes date, time and place. A new date may put the meeting elsewhere in the team's chain of meetings; then
     * each meeting around the old and the new date follows up the actions of the meeting now before it.
     */
    public void updateDetails(UserId actor, MeetingId id, MeetingPlan plan) {
        Meeting meeting = editable(actor, id);
        MeetingPlan valid = validPlan(plan);
        mongo.updateFirst(byId(id), new Update().set("date", valid.date()).set("start", valid.start())
                .set("end", valid.end()).set("place", valid.place()), Meeting.class);
        reindex(id);
        publish(actor, meeting, CHANGED, false);
        if (!valid.date().equals(meeting.date())) {
            LocalDate from = valid.date().isBefore(meeting.date()) ? valid.date() : meeting.date();
            LocalDate to = valid.date().isBefore(meeting.date()) ? meeting.date() : valid.date();
            relinkFollowUps(actor, new TeamId(meeting.teamId()), from, to, null);
        }
    }

    /**
     * Makes every meeting dated from {@code from} up to the first one after {@code to} follow up the actions of the
     * meeting now before it. Follow-ups already answered (status set) stay where they were answered: they are
     * history, and nothing typed is lost; unanswered ones from another meeting go, missing ones come. Approved
     * minutes are left as they were approved.
     */
    private void relinkFollowUps(UserId actor, TeamId team, LocalDate from, LocalDate to, String skip) {
        List<TeamMeetings.Entry> entries = index(team).meetings().stream()
                .sorted(Comparator.comparing(TeamMeetings.Entry::date).thenComparing(TeamMeetings.Entry::start))
                .toList();
        Optional<LocalDate> firstAfter = entries.stream().map(TeamMeetings.Entry::date).filter(d -> d.isAfter(to))
                .findFirst();
        List<Meeting> window = entries.stream()
                .filter(e -> !e.date().isBefore(from)
                        && (!e.date().isAfter(to) || firstAfter.map(e.date()::equals).orElse(false)))
                .filter(e -> e.state() != MeetingState.APPROVED && !e.id().equals(skip))
                .flatMap(e -> find(new MeetingId(e.id())).stream()).toList();
        // An action answered in one of these meetings is not asked about again in another.
        Set<String> answered = window.stream().flatMap(m -> m.followUps().stream()).filter(f -> f.status() != null)
                .map(Meeting.FollowUpDoc::actionId).collect(Collectors.toSet());
        for (Meeting meeting : window) {
            relink(actor, meeting, previous(team, meeting.date(), meeting.id()), answered);
        }
    }

    private void relink(UserId actor, Meeting meeting, Optional<Meeting> source, Set<String> answered) {
        String sourceId = source.map(Meeting::id).orElse(null);
        Set<String> present = meeting.followUps().stream()
                .filter(f -> f.status() != null || f.fromMeetingId().equals(sourceId))
                .map(Meeting.FollowUpDoc::actionId).collect(Collectors.toSet());
        boolean stale = meeting.followUps().stream()
                .anyMatch(f -> f.status() == null && !f.fromMeetingId().equals(sourceId));
        List<Meeting.FollowUpDoc> missing = source.map(MeetingService::followUpsOf).orElse(List.of()).stream()
                .filter(f -> !present.contains(f.actionId()) && !answered.contains(f.actionId())).toList();
        if (!stale && missing.isEmpty()) {
            return;
        }
        if (stale) {
            Criteria unanswered = Criteria.where("status").is(null);
            mongo.updateFirst(byId(new MeetingId(meeting.id())), new Update().pull("followUps", Query.query(
                    sourceId == null ? unanswered : unanswered.and("fromMeetingId").ne(sourceId)).getQueryObject()),
                    Meeting.class);
        }
        if (!missing.isEmpty()) {
            mongo.updateFirst(byId(new MeetingId(meeting.id())),
                    new Update().push("followUps").each(missing.toArray()), Meeting.class);
        }
        publish(actor, meeting, CHANGED, true);
    }

    /** The team's meetings in date order: the frame only, for everyone who may see the team. */
    public List<MeetingSummary> meetingsOf(UserId actor, TeamId team) {
        teams.access(actor, team).orElseThrow(() -> denied(actor, team));
        return index(team).meetings().stream()
                .sorted(Comparator.comparing(TeamMeetings.Entry::date).thenComparing(TeamMeetings.Entry::start))
                .map(e -> new MeetingSummary(new MeetingId(e.id()), team, e.date(), e.start(), e.end(), e.place(),
                        e.state()))
                .toList();
    }

    /** The meeting as this person may see it now (see {@link MeetingDetails} for what an organiser gets). */
    public MeetingDetails details(UserId actor, MeetingId id) {
        Meeting meeting = find(id).orElseThrow(() -> denied(actor, id));
        TeamId team = new TeamId(meeting.teamId());
        TeamDetails teamDetails;
        try {
            // The team as this person sees it, access included: one read of the team, not two.
            teamDetails = teams.details(actor, team);
        } catch (NotPermittedException outside) {
            throw denied(actor, id);
        }
        TeamAccess access = teamDetails.myAccess();
        boolean visible = access.insideTeam() || meeting.state() == MeetingState.APPROVED
                || programs.notesOpenToOrganisers(actor, teamDetails.programId());
        Map<UserId, String> names = names(teamDetails, meeting);
        List<AttendanceRow> attendance = attendance(teamDetails, meeting, names);
        boolean mayEdit = mayEdit(access, meeting);
        boolean mayApprove = access == TeamAccess.PROCESS_LEADER && meeting.state() == MeetingState.HELD;
        MeetingSummary summary = summary(meeting);
        if (!visible) {
            return new MeetingDetails(summary, teamDetails.programId(), teamDetails.name(), attendance, false,
                    List.of(), "", "", List.of(), List.of(), false, false);
        }
        List<AgendaItem> agenda = meeting.agenda().stream().map(i -> new AgendaItem(i.text(), i.readingId())).toList();
        List<Action> actions = meeting.actions().stream().map(a -> action(a, names)).toList();
        List<FollowUp> followUps = meeting.followUps().stream().map(f -> new FollowUp(f.actionId(),
                new MeetingId(f.fromMeetingId()), f.fromDate(), f.text(), new UserId(f.ownerId()),
                names.getOrDefault(new UserId(f.ownerId()), "?"), f.due(), f.status(),
                f.comment() == null ? "" : f.comment())).toList();
        return new MeetingDetails(summary, teamDetails.programId(), teamDetails.name(), attendance, true, agenda,
                meeting.notes(), meeting.decisions(), actions, followUps, mayEdit, mayApprove);
    }

    /**
     * What this person may do with the meeting's co-edited notes now: read as {@link #details} shows them, write as
     * long as they may edit the meeting (members and process leaders until approval, then process leaders only).
     */
    CollabAccess notesAccess(UserId person, MeetingId id) {
        Optional<Meeting> meeting = find(id);
        if (meeting.isEmpty()) {
            return CollabAccess.NONE;
        }
        TeamId team = new TeamId(meeting.get().teamId());
        Optional<TeamAccess> access = teams.access(person, team);
        if (access.isEmpty()) {
            return CollabAccess.NONE;
        }
        if (mayEdit(access.get(), meeting.get())) {
            return CollabAccess.WRITE;
        }
        boolean visible = access.get().insideTeam() || meeting.get().state() == MeetingState.APPROVED
                || programs.notesOpenToOrganisers(person, teams.details(person, team).programId());
        return visible ? CollabAccess.READ : CollabAccess.NONE;
    }

    /** Replaces the agenda with these items, in this order (the view adds, moves and removes, then saves). */
    public void setAgenda(UserId actor, MeetingId id, List<AgendaItem> agenda) {
        Meeting meeting = editable(actor, id);
        List<Meeting.Item> items = validAgenda(agenda);
        Map<String, ReadingDetails> linked = linkedReadings(actor, meeting, items);
        mongo.updateFirst(byId(id), Update.update("agenda", items), Meeting.class);
        publish(actor, meeting, CHANGED, true);
        readingLinksChanged(actor, meeting, linked);
    }

    /**
     * The meetings whose agenda links this reading, newest first: only those whose agenda this person may see now
     * (an organiser sees a team's approved minutes, or all when the program has opened notes; never notes in
     * progress otherwise). For those who may see the reading.
     */
    public List<ReadingDiscussion> discussedAt(UserId actor, ReadingId reading) {
        readings.get(actor, reading);
        List<Meeting> linking = mongo.find(Query.query(Criteria.where("agenda.readingId").is(reading.value())),
                Meeting.class);
        Map<String, Optional<TeamDetails>> seen = new HashMap<>();
        List<ReadingDiscussion> result = new ArrayList<>();
        for (Meeting meeting : linking) {
            Optional<TeamDetails> team = seen.computeIfAbsent(meeting.teamId(), t -> {
                try {
                    return Optional.of(teams.details(actor, new TeamId(t)));
                } catch (NotPermittedException outside) {
                    return Optional.empty();
                }
            });
            if (team.isEmpty()) {
                continue;
            }
            boolean visible = team.get().myAccess().insideTeam() || meeting.state() == MeetingState.APPROVED
                    || programs.notesOpenToOrganisers(actor, team.get().programId());
            if (visible) {
                result.add(new ReadingDiscussion(new MeetingId(meeting.id()), new TeamId(meeting.teamId()),
                        team.get().name(), meeting.date(), meeting.state(), meeting.agenda().stream()
                                .filter(i -> reading.value().equals(i.readingId())).map(Meeting.Item::text).toList()));
            }
        }
        result.sort(Comparator.comparing(ReadingDiscussion::date).reversed());
        return result;
    }

    /**
     * The readings the new agenda links, each one the actor may see and the team may see: the program's library or
     * the team's own (never another team's, which the team's other members could not open).
     */
    private Map<String, ReadingDetails> linkedReadings(UserId actor, Meeting meeting, List<Meeting.Item> items) {
        Map<String, ReadingDetails> linked = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String readingId = items.get(i).readingId();
            if (readingId == null || linked.containsKey(readingId)) {
                continue;
            }
            ReadingDetails reading;
            try {
                reading = readings.get(actor, new ReadingId(readingId));
            } catch (NotPermittedException | IllegalArgumentException unavailable) {
                throw new InvalidInputException("agenda." + i, "meeting.validation.reading-unavailable");
            }
            boolean forTheTeam = reading.program().value().equals(meeting.programId())
                    && (reading.scope() == ReadingScope.LIBRARY
                            || (reading.team() != null && reading.team().value().equals(meeting.teamId())));
            if (!forTheTeam) {
                throw new InvalidInputException("agenda." + i, "meeting.validation.reading-unavailable");
            }
            linked.put(readingId, reading);
        }
        return linked;
    }

    /**
     * Tells the pages of readings linked or unlinked by this change, on each reading's own topic, and only those
     * who may see the meeting's agenda (as {@link #publish} does for the meeting itself).
     */
    private void readingLinksChanged(UserId actor, Meeting before, Map<String, ReadingDetails> now) {
        Set<String> was = before.agenda().stream().map(Meeting.Item::readingId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> changed = new HashSet<>(was);
        changed.addAll(now.keySet());
        changed.removeIf(r -> was.contains(r) && now.containsKey(r));
        TeamId team = new TeamId(before.teamId());
        Audience audience = before.state() != MeetingState.APPROVED ? TeamLive.inside(team)
                : TeamLive.everyoneWhoMaySee(team);
        announceLinks(actor, before, changed, now, audience);
    }

    private void announceLinks(UserId actor, Meeting meeting, Set<String> changed, Map<String, ReadingDetails> now,
            Audience audience) {
        for (String readingId : changed) {
            ReadingDetails reading = now.get(readingId);
            if (reading == null) {
                try {
                    reading = readings.get(actor, new ReadingId(readingId));
                } catch (NotPermittedException | IllegalArgumentException gone) {
                    continue;
                }
            }
            events.publish(actor, READING_LINKED, List.of(ReadingPageSection.topicOf(reading)), audience,
                    Map.of("teamId", meeting.teamId(), "meetingId", meeting.id(), "readingId", readingId));
        }
    }

    /** Marks one team member present, absent or excused; null clears the mark. */
    public void setAttendance(UserId actor, MeetingId id, UserId person, Attendance attendance) {
        Meeting meeting = editable(actor, id);
        requireTeamMember(actor, meeting, person, "attendance");
        // Pull then push: two people marking different members at once both win.
        mongo.updateFirst(byId(id), new Update().pull("attendance",
                Query.query(Criteria.where("userId").is(person.value())).getQueryObject()), Meeting.class);
        if (attendance != null) {
            mongo.updateFirst(byId(id), new Update().push("attendance",
                    new Meeting.Presence(person.value(), attendance)), Meeting.class);
        }
        publish(actor, meeting, CHANGED, false);
    }

    /** The meeting notes, plain multi-line text for now (the co-editing issue replaces this). */
    public void saveNotes(UserId actor, MeetingId id, String notes) {
        Meeting meeting = editable(actor, id);
        mongo.updateFirst(byId(id), Update.update("notes", Check.optionalText("notes", notes, MAX_NOTES)),
                Meeting.class);
        publish(actor, meeting, CHANGED, true);
    }

    /** The decisions taken, one per line. */
    public void saveDecisions(UserId actor, MeetingId id, String decisions) {
        Meeting meeting = editable(actor, id);
        mongo.updateFirst(byId(id),
                Update.update("decisions", Check.optionalText("decisions", decisions, MAX_DECISIONS)), Meeting.class);
        publish(actor, meeting, CHANGED, true);
    }

    /**
     * Records what a member will try before next time. The owner must be in the team; the due date may not lie
     * before today, nor, for minutes written afterwards, before the meeting itself.
     */
    public Action addAction(UserId actor, MeetingId id, NewAction action) {
        Meeting meeting = editable(actor, id);
        String text = action.text() == null || action.text().isBlank() ? null : action.text().strip();
        if (text == null) {
            throw new InvalidInputException("text", "meeting.validation.action-text");
        }
        Check.optionalText("text", text, MAX_ACTION_TEXT);
        if (action.owner() == null) {
            throw new InvalidInputException("owner", "meeting.validation.action-owner");
        }
        requireTeamMember(actor, meeting, action.owner(), "owner");
        if (action.due() == null) {
            throw new InvalidInputException("due", "meeting.validation.action-due");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = meeting.date().isBefore(today) ? meeting.date() : today;
        if (action.due().isBefore(earliest)) {
            throw new InvalidInputException("due", "meeting.validation.due-in-past", earliest.toString());
        }
        Meeting.ActionDoc doc = new Meeting.ActionDoc(UUID.randomUUID().toString(), text, action.owner().value(),
                action.due());
        mongo.updateFirst(byId(id), new Update().push("actions", doc), Meeting.class);
        // A next meeting planned in advance follows this action up too.
        next(meeting).ifPresent(next -> mongo.updateFirst(byId(new MeetingId(next.id())), new Update()
                .push("followUps", followUp(meeting, doc)), Meeting.class));
        publish(actor, meeting, CHANGED, true);
        return action(doc, users.displayNames(List.of(action.owner())));
    }

    public void removeAction(UserId actor, MeetingId id, String actionId) {
        Meeting meeting = editable(actor, id);
        mongo.updateFirst(byId(id), new Update().pull("actions",
                Query.query(Criteria.where("id").is(actionId)).getQueryObject()), Meeting.class);
        next(meeting).ifPresent(next -> mongo.updateFirst(byId(new MeetingId(next.id())), new Update()
                .pull("followUps", Query.query(Criteria.where("actionId").is(actionId).and("status").is(null))
                        .getQueryObject()), Meeting.class));
        publish(actor, meeting, CHANGED, true);
    }

    /** How last time's action went: done, partly or not done, with a short comment. */
    public void followUp(UserId actor, MeetingId id, String actionId, FollowUpStatus status, String comment) {
        Meeting meeting = editable(actor, id);
        String validComment = Check.optionalText("comment", comment, MAX_COMMENT);
        if (status == null) {
            throw new InvalidInputException("status", "meeting.validation.follow-up-status");
        }
        if (meeting.followUps().stream().noneMatch(f -> f.actionId().equals(actionId))) {
            throw new InvalidInputException("status", "meeting.validation.unknown-follow-up");
        }
        // Positional update: only this follow-up changes, whoever is following up another one at the same time.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value()).and("followUps.actionId").is(actionId)),
                new Update().set("followUps.$.status", status).set("followUps.$.comment", validComment),
                Meeting.class);
        publish(actor, meeting, CHANGED, true);
    }

    /** The meeting took place: planned → held. Members and process leaders. */
    public void markHeld(UserId actor, MeetingId id) {
        Meeting meeting = editable(actor, id);
        moveState(actor, meeting, MeetingState.PLANNED, MeetingState.HELD, new Update());
    }

    /** The process leader approves the minutes: held → approved; from then on only process leaders change them. */
    public void approve(UserId actor, MeetingId id) {
        Meeting meeting = find(id).orElseThrow(() -> denied(actor, id));
        TeamAccess access = teams.access(actor, new TeamId(meeting.teamId())).orElseThrow(() -> denied(actor, id));
        if (access != TeamAccess.PROCESS_LEADER) {
            throw denied(actor, id);
        }
        moveState(actor, meeting, MeetingState.HELD, MeetingState.APPROVED,
                new Update().set("approvedAt", clock.instant()).set("approvedBy", actor.value()));
        // The approved notes become a version in their history (collab keeps it).
        approvals.publishEvent(new DocumentApproved(actor, id.notesDocument()));
    }

    /**
     * My open actions ("Mina åtaganden") across the meetings of my teams: those not yet followed up at a later
     * meeting, earliest due first.
     */
    public List<MyAction> myOpenActions(UserId actor) {
        List<MyAction> open = new ArrayList<>();
        for (TeamSummary team : teams.myTeams(actor)) {
            if (!team.myAccess().insideTeam()) {
                continue;
            }
            List<String> ids = index(team.id()).meetings().stream().map(TeamMeetings.Entry::id).toList();
            if (ids.isEmpty()) {
                continue;
            }
            List<Meeting> meetings = mongo.find(Query.query(Criteria.where("_id").in(ids)), Meeting.class);
            Set<String> followedUp = meetings.stream().flatMap(m -> m.followUps().stream())
                    .filter(f -> f.status() != null).map(Meeting.FollowUpDoc::actionId).collect(Collectors.toSet());
            Map<UserId, String> me = Map.of(actor, users.displayNames(List.of(actor)).getOrDefault(actor, "?"));
            for (Meeting meeting : meetings) {
                meeting.actions().stream()
                        .filter(a -> a.ownerId().equals(actor.value()) && !followedUp.contains(a.id()))
                        .forEach(a -> open.add(new MyAction(new MeetingId(meeting.id()), meeting.date(), team.id(),
                                team.name(), action(a, me))));
            }
        }
        open.sort(Comparator.comparing((MyAction a) -> a.action().due()).thenComparing(MyAction::meetingDate));
        return open;
    }

    /** The agenda a new meeting in this program starts from: the program's template, else "lärande samtal". */
    public List<String> agendaTemplate(UserId actor, ProgramId program) {
        programs.get(actor, program);
        AgendaTemplate template = mongo.findById(program.value(), AgendaTemplate.class);
        return template == null ? AgendaTemplate.LEARNING_CONVERSATION : template.items();
    }

    /** The program's organisers set its default agenda; an empty list brings back the built-in one. */
    public void setAgendaTemplate(UserId actor, ProgramId program, List<String> items) {
        if (!programs.mayManage(actor, program)) {
            throw new NotPermittedException(actor + " may not change the meeting template of " + program);
        }
        List<String> valid = validAgenda(items.stream().map(AgendaItem::of).toList()).stream()
                .map(Meeting.Item::text).toList();
        if (valid.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").is(program.value())), AgendaTemplate.class);
        } else {
            mongo.findAndReplace(Query.query(Criteria.where("_id").is(program.value())),
                    new AgendaTemplate(program.value(), valid), FindAndReplaceOptions.options().upsert());
        }
    }

    /** The minutes as Markdown, in this language: exactly what {@link #details} shows this person. */
    public String minutesMarkdown(UserId actor, MeetingId id, java.util.Locale language) {
        return export.markdown(details(actor, id), language);
    }

    /** The minutes as a PDF with an embedded font; the renderer loads nothing from outside. */
    public byte[] minutesPdf(UserId actor, MeetingId id, java.util.Locale language) {
        return export.pdf(details(actor, id), language);
    }

    // ---- rules

    private Meeting editable(UserId actor, MeetingId id) {
        Meeting meeting = find(id).orElseThrow(() -> denied(actor, id));
        TeamAccess access = teams.access(actor, new TeamId(meeting.teamId())).orElseThrow(() -> denied(actor, id));
        if (!mayEdit(access, meeting)) {
            throw denied(actor, id);
        }
        return meeting;
    }

    private static boolean mayEdit(TeamAccess access, Meeting meeting) {
        return access.insideTeam()
                && (meeting.state() != MeetingState.APPROVED || access == TeamAccess.PROCESS_LEADER);
    }

    private void requireTeamMember(UserId actor, Meeting meeting, UserId person, String field) {
        boolean member = teams.details(actor, new TeamId(meeting.teamId())).members().stream()
                .anyMatch(m -> m.id().equals(person));
        if (!member) {
            throw new InvalidInputException(field, "meeting.validation.owner-not-member");
        }
    }

    private void moveState(UserId actor, Meeting meeting, MeetingState from, MeetingState to, Update update) {
        // Conditional on the state it moves from, so two clicks at once move it only once.
        long moved = mongo.updateFirst(Query.query(Criteria.where("_id").is(meeting.id()).and("state").is(from)),
                update.set("state", to), Meeting.class).getModifiedCount();
        if (moved == 0) {
            throw new InvalidInputException("state", "meeting.validation.state." + to.name().toLowerCase());
        }
        reindex(new MeetingId(meeting.id()));
        publish(actor, meeting, CHANGED, false);
        if (to == MeetingState.APPROVED) {
            // Approved minutes open the agenda to organisers: the pages of its readings now list this meeting.
            Set<String> linked = meeting.agenda().stream().map(Meeting.Item::readingId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            announceLinks(actor, meeting, linked, Map.of(), TeamLive.everyoneWhoMaySee(new TeamId(meeting.teamId())));
        }
    }

    private static MeetingPlan validPlan(MeetingPlan plan) {
        if (plan.date() == null) {
            throw new InvalidInputException("date", "meeting.validation.date");
        }
        if (plan.start() == null) {
            throw new InvalidInputException("start", "validation.required");
        }
        if (plan.end() == null) {
            throw new InvalidInputException("end", "validation.required");
        }
        if (!plan.end().isAfter(plan.start())) {
            throw new InvalidInputException("end", "validation.end-before-start-time");
        }
        return new MeetingPlan(plan.date(), plan.start(), plan.end(), Check.optionalText("place", plan.place(), MAX_PLACE));
    }

    /** Field names {@code agenda.0}, {@code agenda.1}… tell the view which item to mark. */
    private static List<Meeting.Item> validAgenda(List<AgendaItem> agenda) {
        List<Meeting.Item> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            String text = item.text() == null ? "" : item.text().strip();
            if (text.isEmpty()) {
                throw new InvalidInputException("agenda." + i, "meeting.validation.agenda-empty");
            }
            items.add(new Meeting.Item(Check.optionalText("agenda." + i, text, MAX_AGENDA_TEXT), item.readingId()));
        }
        return items;
    }

    // ---- reading

    /**
     * A readable copy of the co-edited notes from a writer's editor: stored as the meeting's notes (plain text, as
     * exports read them) with its HTML, unless the person may no longer write, it is too long, or a copy reflecting
     * more of the document is stored already. No live event: the notes themselves travel through /collab.
     */
    void storeCoEditedNotes(UserId writer, MeetingId id, ReadableSnapshot snapshot) {
        if (notesAccess(writer, id) != CollabAccess.WRITE || snapshot.text().length() > MAX_NOTES) {
            return;
        }
        Query current = byId(id).addCriteria(new Criteria().orOperator(Criteria.where("notesVersion").exists(false),
                Criteria.where("notesVersion").lte(snapshot.version())));
        mongo.updateFirst(current, Update.update("notes", snapshot.text()).set("notesHtml", snapshot.html())
                .set("notesVersion", snapshot.version()), Meeting.class);
    }

    /** The notes written before co-editing, for seeding the co-edited document once (no access check: collab asks). */
    Optional<String> storedNotes(MeetingId id) {
        return find(id).map(Meeting::notes);
    }

    private Optional<Meeting> find(MeetingId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Meeting.class));
    }

    private TeamMeetings index(TeamId team) {
        TeamMeetings index = mongo.findById(team.value(), TeamMeetings.class);
        return index == null ? new TeamMeetings(team.value(), List.of()) : index;
    }

    /** The latest meeting of the team before this date (other than {@code except}), with its actions. */
    private Optional<Meeting> previous(TeamId team, LocalDate date, String except) {
        return index(team).meetings().stream()
                .filter(e -> e.date().isBefore(date) && !e.id().equals(except))
                .max(Comparator.comparing(TeamMeetings.Entry::date).thenComparing(TeamMeetings.Entry::start))
                .flatMap(e -> find(new MeetingId(e.id())));
    }

    /** The team's next meeting after this one, if planned already and not yet approved. */
    private Optional<TeamMeetings.Entry> next(Meeting meeting) {
        return index(new TeamId(meeting.teamId())).meetings().stream()
                .filter(e -> e.date().isAfter(meeting.date()) && e.state() != MeetingState.APPROVED)
                .min(Comparator.comparing(TeamMeetings.Entry::date).thenComparing(TeamMeetings.Entry::start))
                .filter(e -> previous(new TeamId(meeting.teamId()), e.date(), e.id())
                        .map(p -> p.id().equals(meeting.id())).orElse(false));
    }

    private static List<Meeting.FollowUpDoc> followUpsOf(Meeting previous) {
        return previous.actions().stream().map(a -> followUp(previous, a)).toList();
    }

    private static Meeting.FollowUpDoc followUp(Meeting from, Meeting.ActionDoc a) {
        return new Meeting.FollowUpDoc(a.id(), from.id(), from.date(), a.text(), a.ownerId(), a.due(), null, "");
    }

    private void reindex(MeetingId id) {
        Meeting meeting = find(id).orElseThrow();
        Query team = Query.query(Criteria.where("_id").is(meeting.teamId()));
        // Pull then push: the entry is briefly absent, never doubled.
        mongo.updateFirst(team, new Update().pull("meetings",
                Query.query(Criteria.where("id").is(id.value())).getQueryObject()), TeamMeetings.class);
        mongo.upsert(team, new Update().push("meetings", entry(meeting)), TeamMeetings.class);
    }

    private Map<UserId, String> names(TeamDetails team, Meeting meeting) {
        Map<UserId, String> names = new HashMap<>();
        team.members().forEach(m -> names.put(m.id(), m.displayName()));
        Set<UserId> missing = new HashSet<>();
        meeting.attendance().forEach(p -> missing.add(new UserId(p.userId())));
        meeting.actions().forEach(a -> missing.add(new UserId(a.ownerId())));
        meeting.followUps().forEach(f -> missing.add(new UserId(f.ownerId())));
        missing.removeAll(names.keySet());
        if (!missing.isEmpty()) {
            names.putAll(users.displayNames(missing));
        }
        return names;
    }

    /** The team's members now, then anyone marked who has since left the team. */
    private static List<AttendanceRow> attendance(TeamDetails team, Meeting meeting, Map<UserId, String> names) {
        Map<String, Attendance> marked = meeting.attendance().stream()
                .collect(Collectors.toMap(Meeting.Presence::userId, Meeting.Presence::attendance, (a, b) -> b));
        List<AttendanceRow> rows = new ArrayList<>();
        for (TeamMember member : team.members()) {
            rows.add(new AttendanceRow(member.id(), member.displayName(), member.role(),
                    marked.remove(member.id().value())));
        }
        marked.forEach((userId, attendance) -> rows.add(new AttendanceRow(new UserId(userId),
                names.getOrDefault(new UserId(userId), "?"), null, attendance)));
        return rows;
    }

    private static Action action(Meeting.ActionDoc a, Map<UserId, String> names) {
        UserId owner = new UserId(a.ownerId());
        return new Action(a.id(), a.text(), owner, names.getOrDefault(owner, "?"), a.due());
    }

    private static MeetingSummary summary(Meeting m) {
        return new MeetingSummary(new MeetingId(m.id()), new TeamId(m.teamId()), m.date(), m.start(), m.end(),
                m.place(), m.state());
    }

    private static TeamMeetings.Entry entry(Meeting m) {
        return new TeamMeetings.Entry(m.id(), m.date(), m.start(), m.end(), m.place(), m.state());
    }

    // ---- live

    /**
     * Frame changes (dates, attendance, state) go to everyone who may see the team; content changes stay inside
     * the safe room until the minutes are approved.
     */
    private void publish(UserId actor, Meeting meeting, String kind, boolean content) {
        TeamId team = new TeamId(meeting.teamId());
        Audience audience = content && meeting.state() != MeetingState.APPROVED ? TeamLive.inside(team)
                : TeamLive.everyoneWhoMaySee(team);
        events.publish(actor, kind, List.of(TeamLive.topic(team)), audience,
                Map.of("teamId", team.value(), "meetingId", meeting.id()));
    }

    private static Query byId(MeetingId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static NotPermittedException denied(UserId actor, Object target) {
        return new NotPermittedException(actor + " may not see or change meeting " + target);
    }
}
