package se.larteam.reflection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.larteam.base.Check;
import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.Translations;
import se.larteam.collab.CollabAccess;
import se.larteam.collab.ReadableSnapshot;
import se.larteam.live.Audience;
import se.larteam.live.LiveEvents;
import se.larteam.meeting.MeetingDetails;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingService;
import se.larteam.notification.NewNotification;
import se.larteam.notification.NotificationService;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamAccess;
import se.larteam.team.TeamDetails;
import se.larteam.team.TeamId;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamMember;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Members' reflections and the process leaders' feedback. Who may see a reflection is decided on every call from
 * the team as it is now ({@link TeamService#access}) and the reflection's own status and visibility: a draft or a
 * private reflection is its author's alone; one shared with process leaders is also theirs; one shared with the
 * team is everyone's inside the team. Organisers and administrators never see reflections (the safe room).
 */
@Service
public class ReflectionService {

    /** Live event kind on the reflection's and the team's topics; carries ids only, audience the reflection's. */
    public static final String CHANGED = "reflection.changed";
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_THEME = 200;
    public static final int MAX_COMMENT = 5_000;
    public static final int MAX_TEMPLATE_NAME = 100;
    public static final int MAX_PROMPTS = 12;
    public static final int MAX_PROMPT = 300;
    public static final int MAX_OWN_TEMPLATES = 20;
    /** Built-in prompts go into the co-edited body in Swedish, the language the teams write in. */
    private static final Translations TEXTS = new Translations();
    /** What a body's HTML may hold: what the editor's readable copy makes (collab's ReadableSnapshot), no links. */
    private static final Safelist BODY_HTML = Safelist.basic().addTags("h2", "h3", "h4", "hr", "s", "u", "pre")
            .removeTags("a");

    private final MongoTemplate mongo;
    private final TeamService teams;
    private final MeetingService meetings;
    private final ProgramService programs;
    private final UserService users;
    private final NotificationService notifications;
    private final LiveEvents events;
    private final Clock clock;
    private final WaitingLists waiting;
    private final ThemeTimeline timeline;

    ReflectionService(MongoTemplate mongo, TeamService teams, MeetingService meetings, ProgramService programs,
            UserService users, NotificationService notifications, LiveEvents events, Clock clock,
            WaitingLists waiting, ThemeTimeline timeline) {
        this.waiting = waiting;
        this.timeline = timeline;
        this.programs = programs;
        this.mongo = mongo;
        this.teams = teams;
        this.meetings = meetings;
        this.users = users;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    // ---- writing

    /** Starts a reflection as a draft, by a member or process leader of the team. */
    public ReflectionId create(UserId actor, ReflectionDraft draft) {
        TeamId team = requireInside(actor, draft.team());
        Valid valid = valid(actor, team, draft);
        Instant now = clock.instant();
        Reflection reflection = new Reflection(ReflectionId.random().value(), team.value(), actor.value(),
                valid.meetingId(), valid.theme(), valid.title(), valid.body(), valid.visibility(),
                ReflectionStatus.DRAFT, now, now, null, List.of(), List.of(), List.of(), List.of(),
                valid.chosen().builtIn(), valid.answers(), null, null, valid.chosen().ownId(), valid.chosen().name(),
                valid.chosen().prompts());
        mongo.insert(reflection);
        mongo.upsert(index(ReflectionIndex.team(team.value())), new Update().push("reflections", reflection.id()),
                ReflectionIndex.class);
        mongo.upsert(index(ReflectionIndex.author(actor.value())), new Update().push("reflections", reflection.id()),
                ReflectionIndex.class);
        return new ReflectionId(reflection.id());
    }

    /**
     * The author changes the title, the link or the visibility (a change of visibility is recorded). The body is
     * co-edited, and the template was seeded into it once: neither changes here.
     */
    public void update(UserId actor, ReflectionId id, ReflectionDraft draft) {
        Reflection reflection = authored(actor, id);
        Valid valid = valid(actor, new TeamId(reflection.teamId()), new ReflectionDraft(draft.team(), draft.meeting(),
                draft.theme(), draft.title(), "", draft.visibility()));
        Update update = new Update().set("meetingId", valid.meetingId()).set("theme", valid.theme())
                .set("title", valid.title()).set("updatedAt", clock.instant());
        mongo.updateFirst(byId(id), update, Reflection.class);
        waiting.refresh(new TeamId(reflection.teamId()), id);
        if (valid.visibility() != reflection.visibility()) {
            changeVisibility(actor, id, valid.visibility());
        } else {
            publish(actor, find(id).orElseThrow());
        }
    }

    /** Draft → shared. The team's process leaders hear of it when it is shared with them (or the team). */
    public void share(UserId actor, ReflectionId id) {
        Reflection reflection = authored(actor, id);
        // The body as the author's editor last stored it: never shared empty nor over the limit.
        checkBody(reflection.body());
        long moved = mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value()).and("status")
                .is(ReflectionStatus.DRAFT)), new Update().set("status", ReflectionStatus.SHARED)
                .set("sharedAt", clock.instant()), Reflection.class).getModifiedCount();
        if (moved == 0) {
            throw new InvalidInputException("status", "reflection.validation.already-shared");
        }
        waiting.refresh(new TeamId(reflection.teamId()), id);
        Reflection shared = find(id).orElseThrow();
        notifyProcessLeaders(actor, shared);
        publish(actor, shared);
    }

    /** The author changes who may read it; each change is kept (who, when, from, to). */
    public void changeVisibility(UserId actor, ReflectionId id, Visibility visibility) {
        Reflection reflection = authored(actor, id);
        if (visibility == null) {
            throw new InvalidInputException("visibility", "validation.required");
        }
        if (visibility == reflection.visibility()) {
            return;
        }
        TeamId team = new TeamId(reflection.teamId());
        if (visibility == Visibility.PRIVATE) {
            waiting.forget(team, id);
        }
        mongo.updateFirst(byId(id), new Update().set("visibility", visibility).push("visibilityHistory",
                new Reflection.Change(actor.value(), clock.instant(), reflection.visibility(), visibility)),
                Reflection.class);
        waiting.refresh(team, id);
        Reflection changed = find(id).orElseThrow();
        if (reflection.visibility() == Visibility.PRIVATE) {
            notifyProcessLeaders(actor, changed);
        }
        // Those who lose sight of it must hear too: their open pages reload and find it gone.
        publish(actor, changed, readersNow(actor, reflection));
    }

    // ---- reading

    /**
     * The reflection as this person may see it. A process leader opening a reflection shared with them leaves a
     * read receipt the author sees.
     */
    public ReflectionDetails details(UserId actor, ReflectionId id) {
        Reflection reflection = visible(actor, id);
        TeamId team = new TeamId(reflection.teamId());
        TeamDetails teamDetails = teams.details(actor, team);
        boolean mine = reflection.authorId().equals(actor.value());
        if (!mine && isProcessLeader(teamDetails, actor)) {
            reflection = recordRead(actor, reflection);
        }
        Set<UserId> people = new HashSet<>();
        people.add(new UserId(reflection.authorId()));
        reflection.comments().forEach(c -> people.add(new UserId(c.authorId())));
        reflection.reads().forEach(r -> people.add(new UserId(r.readerId())));
        Map<UserId, String> names = users.displayNames(people);
        List<Comment> comments = threaded(reflection.comments()).stream().map(c -> comment(c, names, actor)).toList();
        List<ReadReceipt> reads = mine ? reflection.reads().stream().map(r -> new ReadReceipt(new UserId(r.readerId()),
                names.getOrDefault(new UserId(r.readerId()), "?"), r.firstAt(), r.lastAt())).toList() : List.of();
        List<VisibilityChange> history = mine ? reflection.visibilityHistory().stream().map(c -> new VisibilityChange(
                new UserId(c.by()), c.at(), c.from(), c.to())).toList() : List.of();
        return new ReflectionDetails(summary(reflection, names, meetingDates(actor, List.of(reflection)), Map.of()),
                teamDetails.name(), reflection.body(), comments, reads, history, mine,
                mayComment(actor, reflection, teamDetails.myAccess()), mine ? reflection.template() : null,
                mine ? reflection.answers() : List.of(), bodyHtml(reflection),
                templateName(reflection));
    }

    /** The template's name as kept on the reflection, or the built-in one's for reflections from before that. */
    private static String templateName(Reflection reflection) {
        if (reflection.templateName() != null) {
            return reflection.templateName();
        }
        return reflection.template() == null ? ""
                : TEXTS.getTranslation(reflection.template().nameKey(), Translations.SWEDISH);
    }

    /** The prompts as kept on the reflection, or the built-in template's for reflections from before that. */
    private static List<String> prompts(Reflection reflection) {
        if (!reflection.prompts().isEmpty() || reflection.template() == null) {
            return reflection.prompts();
        }
        return swedish(reflection.template());
    }

    private static List<String> swedish(ReflectionTemplate template) {
        return template.prompts().stream().map(p -> TEXTS.getTranslation(template.key(p), Translations.SWEDISH))
                .toList();
    }

    /** Sanitised HTML of the body: the editor's copy, or the plain text from before co-editing as paragraphs. */
    private static String bodyHtml(Reflection reflection) {
        String html = reflection.bodyHtml();
        if (html == null) {
            StringBuilder paragraphs = new StringBuilder();
            for (String line : (reflection.body() == null ? "" : reflection.body()).split("\\R")) {
                if (!line.isBlank()) {
                    paragraphs.append("<p>").append(Entities.escape(line)).append("</p>");
                }
            }
            html = paragraphs.toString();
        }
        // Cleaned again on the way out, so nothing stored can become script whatever put it there.
        return Jsoup.clean(html, "", BODY_HTML, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }


    // ---- the co-edited body (issue #8)

    /** What this person may do with the reflection's co-edited body now: read as its visibility says, write if theirs. */
    CollabAccess bodyAccess(UserId person, ReflectionId id) {
        Optional<Reflection> found = find(id);
        if (found.isEmpty()) {
            return CollabAccess.NONE;
        }
        Reflection reflection = found.get();
        boolean visible = teams.access(person, new TeamId(reflection.teamId()))
                .map(access -> maySee(person, reflection, access)).orElse(false);
        if (!visible) {
            return CollabAccess.NONE;
        }
        return reflection.authorId().equals(person.value()) ? CollabAccess.WRITE : CollabAccess.READ;
    }

    /** The author's editor's readable copy becomes the body, unless it is stale or the writer may write no more. */
    void storeCoEditedBody(UserId writer, ReflectionId id, ReadableSnapshot snapshot) {
        if (bodyAccess(writer, id) != CollabAccess.WRITE) {
            return;
        }
        Query current = byId(id).addCriteria(new Criteria().orOperator(Criteria.where("bodyVersion").exists(false),
                Criteria.where("bodyVersion").is(null), Criteria.where("bodyVersion").lte(snapshot.version())));
        mongo.updateFirst(current, Update.update("body", snapshot.text()).set("bodyHtml", snapshot.html())
                .set("bodyVersion", snapshot.version()).set("updatedAt", clock.instant()), Reflection.class);
    }

    /**
     * What the co-edited body starts with, seeded once (no access check: collab asks): a guided template's prompts
     * as headings ("## ") with any answers written before under them, else the body from before co-editing.
     */
    Optional<String> initialBody(ReflectionId id) {
        return find(id).map(reflection -> {
            boolean answered = reflection.answers().stream().anyMatch(a -> !a.isBlank());
            String body = reflection.body() == null ? "" : reflection.body().strip();
            List<String> prompts = prompts(reflection);
            if (prompts.isEmpty() || (!answered && !body.isEmpty())) {
                return body;
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < prompts.size(); i++) {
                String answer = i < reflection.answers().size() ? reflection.answers().get(i).strip() : "";
                text.append("## ").append(prompts.get(i).replace('\n', ' ')).append('\n');
                if (!answer.isEmpty()) {
                    text.append(answer).append('\n');
                }
                text.append('\n');
            }
            return text.toString().strip();
        });
    }

    private static void checkBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("body", "reflection.validation.body-empty");
        }
        if (text.length() > MAX_BODY) {
            throw new InvalidInputException("body", "validation.too-long", MAX_BODY);
        }
    }

    /** My reflection log: all my reflections, newest first, in every team. */
    public List<ReflectionSummary> myReflections(UserId actor) {
        List<Reflection> mine = load(ReflectionIndex.author(actor.value())).stream()
                .filter(r -> r.authorId().equals(actor.value())).toList();
        return summaries(actor, mine).stream()
                .sorted(Comparator.comparing(ReflectionSummary::createdAt).reversed()).toList();
    }

    /**
     * My reflection log by theme: the programs' themes (in their organisers' order) that I have written on, other
     * themes, then those linked to a meeting only, then the rest; newest first within each group.
     */
    public List<ThemeGroup> myReflectionsByTheme(UserId actor) {
        return timeline.group(actor, myReflections(actor));
    }

    /** The team's shared reflections this person may read (theirs, the team's, and for process leaders theirs). */
    public List<ReflectionSummary> teamReflections(UserId actor, TeamId team) {
        TeamAccess access = teams.access(actor, team).orElseThrow(() -> denied(actor, team));
        if (!access.insideTeam()) {
            return List.of();
        }
        List<Reflection> visible = loadShared(List.of(ReflectionIndex.team(team.value()))).stream()
                .filter(r -> r.status() == ReflectionStatus.SHARED && maySee(actor, r, access)).toList();
        return listed(actor, team, visible).stream()
                .sorted(Comparator.comparing(ReflectionSummary::sharedAt).reversed()).toList();
    }

    /**
     * "Väntar på kommentar": across every team I lead, shared reflections I may read that no process leader has
     * commented on and I have not marked handled, oldest first. Empty for everyone who leads no team.
     */
    public List<InboxItem> inbox(UserId actor) {
        // From each led team's waiting list (read by id), not from the reflections: see WaitingLists.
        return waiting.inbox(actor);
    }

    /** A process leader takes a reflection out of their inbox without commenting. */
    public void markHandled(UserId actor, ReflectionId id) {
        Reflection reflection = visible(actor, id);
        if (teams.access(actor, new TeamId(reflection.teamId())).orElse(null) != TeamAccess.PROCESS_LEADER) {
            throw denied(actor, id);
        }
        mongo.updateFirst(byId(id), new Update().addToSet("handledBy", actor.value()), Reflection.class);
        waiting.refresh(new TeamId(reflection.teamId()), id);
    }

    // ---- templates

    /** The guided templates this program's members may choose, for everyone in the program. */
    public List<ReflectionTemplate> templates(UserId actor, ProgramId program) {
        programs.get(actor, program);
        ProgramTemplates found = mongo.findById(program.value(), ProgramTemplates.class);
        return found == null ? List.of() : found.enabled();
    }

    /** The templates a member may choose when starting a reflection: the enabled built-in ones, then the program's own. */
    public List<TemplateChoice> templateChoices(UserId actor, ProgramId program) {
        List<TemplateChoice> choices = new ArrayList<>();
        templates(actor, program).forEach(t -> choices.add(TemplateChoice.builtIn(t)));
        ownTemplates(actor, program).forEach(t -> choices.add(TemplateChoice.own(t)));
        return choices;
    }

    /** The program's organisers enable templates; an empty list leaves free text only. */
    public void setTemplates(UserId actor, ProgramId program, List<ReflectionTemplate> enabled) {
        requireManager(actor, program);
        mongo.upsert(Query.query(Criteria.where("_id").is(program.value())),
                new Update().set("enabled", enabled.stream().distinct().toList()), ProgramTemplates.class);
    }

    /** The program's own guided templates, in the order they were added, for everyone in the program. */
    public List<ProgramTemplate> ownTemplates(UserId actor, ProgramId program) {
        programs.get(actor, program);
        return ownOf(program).stream().map(o -> new ProgramTemplate(o.id(), o.name(), o.prompts())).toList();
    }

    /** An organiser adds a template of the program's own: a name unique in the program and its prompts in order. */
    public String addOwnTemplate(UserId actor, ProgramId program, String name, List<String> prompts) {
        requireManager(actor, program);
        List<ProgramTemplates.Own> own = ownOf(program);
        if (own.size() >= MAX_OWN_TEMPLATES) {
            throw new InvalidInputException("name", "reflection.own-template.too-many", MAX_OWN_TEMPLATES);
        }
        ProgramTemplates.Own template = ownTemplate(UUID.randomUUID().toString(), name, prompts, own);
        mongo.upsert(Query.query(Criteria.where("_id").is(program.value())), new Update().push("own", template),
                ProgramTemplates.class);
        return template.id();
    }

    /** An organiser renames a template of the program's own or changes its prompts. */
    public void updateOwnTemplate(UserId actor, ProgramId program, String templateId, String name,
            List<String> prompts) {
        requireManager(actor, program);
        List<ProgramTemplates.Own> own = ownOf(program);
        requireOwn(own, templateId);
        ProgramTemplates.Own changed = ownTemplate(templateId, name, prompts, own);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(program.value()).and("own.id").is(templateId)),
                new Update().set("own.$.name", changed.name()).set("own.$.prompts", changed.prompts()),
                ProgramTemplates.class);
    }

    /** An organiser removes a template of the program's own; reflections written with it keep their text. */
    public void removeOwnTemplate(UserId actor, ProgramId program, String templateId) {
        requireManager(actor, program);
        requireOwn(ownOf(program), templateId);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(program.value())),
                new Update().pull("own", Query.query(Criteria.where("id").is(templateId)).getQueryObject()),
                ProgramTemplates.class);
    }

    private void requireManager(UserId actor, ProgramId program) {
        if (!programs.mayManage(actor, program)) {
            throw new NotPermittedException(actor + " may not change the reflection templates of " + program);
        }
    }

    private List<ProgramTemplates.Own> ownOf(ProgramId program) {
        ProgramTemplates found = mongo.findById(program.value(), ProgramTemplates.class);
        return found == null ? List.of() : found.own();
    }

    private static void requireOwn(List<ProgramTemplates.Own> own, String templateId) {
        if (templateId == null || own.stream().noneMatch(o -> o.id().equals(templateId))) {
            throw new InvalidInputException("name", "reflection.own-template.not-found");
        }
    }

    /** A valid own template: a name no other own template of the program has, 1–12 prompts without blanks. */
    private static ProgramTemplates.Own ownTemplate(String id, String name, List<String> prompts,
            List<ProgramTemplates.Own> existing) {
        String valid = Check.requiredText("name", name, MAX_TEMPLATE_NAME);
        if (existing.stream().anyMatch(o -> !o.id().equals(id) && o.name().equalsIgnoreCase(valid))) {
            throw new InvalidInputException("name", "reflection.own-template.name-taken");
        }
        List<String> lines = (prompts == null ? List.<String>of() : prompts).stream()
                .map(p -> p == null ? "" : p.strip()).filter(p -> !p.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new InvalidInputException("prompts", "reflection.own-template.prompts-required");
        }
        if (lines.size() > MAX_PROMPTS) {
            throw new InvalidInputException("prompts", "reflection.own-template.prompts-too-many", MAX_PROMPTS);
        }
        if (lines.stream().anyMatch(p -> p.length() > MAX_PROMPT)) {
            throw new InvalidInputException("prompts", "reflection.own-template.prompt-too-long", MAX_PROMPT);
        }
        return new ProgramTemplates.Own(id, valid, lines);
    }

    // ---- comments

    /**
     * Comments on a shared reflection, or replies to a top-level comment ({@code parentId}). Process leaders may
     * comment on what is shared with them; members on what is shared with the team; the author on their own.
     * "@Förnamn Efternamn" of someone who can read the reflection becomes a mention and notifies them.
     */
    public String addComment(UserId actor, ReflectionId id, String parentId, String text) {
        Reflection reflection = commentable(actor, id);
        String valid = commentText(text);
        if (parentId != null) {
            Reflection.CommentDoc parent = reflection.comments().stream().filter(c -> c.id().equals(parentId))
                    .findFirst().orElseThrow(() -> new InvalidInputException("text", "reflection.validation.no-parent"));
            if (parent.parentId() != null) {
                throw new InvalidInputException("text", "reflection.validation.reply-depth");
            }
        }
        List<UserId> mentions = mentions(actor, reflection, valid);
        Reflection.CommentDoc comment = new Reflection.CommentDoc(UUID.randomUUID().toString(), parentId,
                actor.value(), valid, clock.instant(), null, false, mentions.stream().map(UserId::value).toList());
        mongo.updateFirst(byId(id), new Update().push("comments", comment), Reflection.class);
        waiting.refresh(new TeamId(reflection.teamId()), id);
        UserId author = new UserId(reflection.authorId());
        String link = ReflectionLinks.reflection(id);
        if (!mentions.contains(author)) {
            notifications.notify(new NewNotification(author, actor, "comment", ReflectionLinks.TYPE, id.value(),
                    reflection.title(), link));
        }
        mentions.forEach(person -> notifications.notify(new NewNotification(person, actor, "mention",
                ReflectionLinks.TYPE, id.value(), reflection.title(), link)));
        publish(actor, reflection);
        return comment.id();
    }

    /** Changes my own comment; it shows as edited. */
    public void editComment(UserId actor, ReflectionId id, String commentId, String text) {
        Reflection reflection = commentable(actor, id);
        Reflection.CommentDoc before = ownComment(actor, reflection, commentId);
        String valid = commentText(text);
        List<UserId> mentions = mentions(actor, reflection, valid);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value()).and("comments.id").is(commentId)),
                new Update().set("comments.$.text", valid).set("comments.$.editedAt", clock.instant())
                        .set("comments.$.mentions", mentions.stream().map(UserId::value).toList()), Reflection.class);
        // Only people newly mentioned hear of it; the others were told when the comment was written.
        mentions.stream().filter(p -> !before.mentions().contains(p.value()))
                .forEach(person -> notifications.notify(new NewNotification(person, actor, "mention",
                        ReflectionLinks.TYPE, id.value(), reflection.title(), ReflectionLinks.reflection(id))));
        publish(actor, reflection);
    }

    /** Deletes my own comment: its text is removed, its place in the thread stays ("borttagen"). */
    public void deleteComment(UserId actor, ReflectionId id, String commentId) {
        Reflection reflection = visible(actor, id);
        ownComment(actor, reflection, commentId);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value()).and("comments.id").is(commentId)),
                new Update().set("comments.$.text", "").set("comments.$.deleted", true)
                        .set("comments.$.mentions", List.of()), Reflection.class);
        waiting.refresh(new TeamId(reflection.teamId()), id);
        publish(actor, reflection);
    }

    // ---- rules

    /** Whether this person may read the reflection now; for notifications and live events. */
    boolean maySee(UserId person, String reflectionId) {
        return find(new ReflectionId(reflectionId)).map(r -> teams.access(person, new TeamId(r.teamId()))
                .map(access -> maySee(person, r, access)).orElse(false)).orElse(false);
    }

    static boolean maySee(UserId person, Reflection r, TeamAccess access) {
        if (r.authorId().equals(person.value())) {
            return access.insideTeam();
        }
        if (r.status() != ReflectionStatus.SHARED || !access.insideTeam()) {
            return false;
        }
        return switch (r.visibility()) {
            case PRIVATE -> false;
            case PROCESS_LEADERS -> access == TeamAccess.PROCESS_LEADER;
            case TEAM -> true;
        };
    }

    private static boolean mayComment(UserId actor, Reflection r, TeamAccess access) {
        return r.status() == ReflectionStatus.SHARED && r.visibility() != Visibility.PRIVATE
                && maySee(actor, r, access);
    }

    private Reflection visible(UserId actor, ReflectionId id) {
        Reflection reflection = find(id).orElseThrow(() -> denied(actor, id));
        TeamAccess access = teams.access(actor, new TeamId(reflection.teamId())).orElseThrow(() -> denied(actor, id));
        if (!maySee(actor, reflection, access)) {
            throw denied(actor, id);
        }
        return reflection;
    }

    private Reflection commentable(UserId actor, ReflectionId id) {
        Reflection reflection = visible(actor, id);
        TeamAccess access = teams.access(actor, new TeamId(reflection.teamId())).orElseThrow(() -> denied(actor, id));
        if (!mayComment(actor, reflection, access)) {
            throw denied(actor, id);
        }
        return reflection;
    }

    private Reflection authored(UserId actor, ReflectionId id) {
        Reflection reflection = visible(actor, id);
        if (!reflection.authorId().equals(actor.value())) {
            throw denied(actor, id);
        }
        return reflection;
    }

    private static Reflection.CommentDoc ownComment(UserId actor, Reflection reflection, String commentId) {
        Reflection.CommentDoc comment = reflection.comments().stream().filter(c -> c.id().equals(commentId))
                .findFirst().orElseThrow(() -> new InvalidInputException("text", "reflection.validation.no-comment"));
        if (!comment.authorId().equals(actor.value())) {
            throw new NotPermittedException(actor + " may not change comment " + commentId);
        }
        if (comment.deleted()) {
            throw new InvalidInputException("text", "reflection.validation.comment-deleted");
        }
        return comment;
    }

    private TeamId requireInside(UserId actor, TeamId team) {
        if (team == null) {
            throw new InvalidInputException("team", "validation.required");
        }
        TeamAccess access = teams.access(actor, team).orElseThrow(() -> denied(actor, team));
        if (!access.insideTeam()) {
            throw denied(actor, team);
        }
        return team;
    }

    private record Valid(String meetingId, String theme, String title, String body, Visibility visibility,
            Chosen chosen, List<String> answers) {
    }

    /** A template as the reflection keeps it: which one, its name and its prompts at the time of writing. */
    private record Chosen(ReflectionTemplate builtIn, String ownId, String name, List<String> prompts) {
        static final Chosen NONE = new Chosen(null, null, null, List.of());
    }

    private Chosen chosen(UserId actor, TeamId team, ReflectionDraft draft) {
        if (draft.ownTemplate() != null) {
            ProgramTemplates.Own own = ownOf(teams.details(actor, team).programId()).stream()
                    .filter(o -> o.id().equals(draft.ownTemplate())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("template", "reflection.own-template.not-found"));
            return new Chosen(null, own.id(), own.name(), own.prompts());
        }
        ReflectionTemplate builtIn = draft.template();
        if (builtIn == null) {
            return Chosen.NONE;
        }
        return new Chosen(builtIn, null, TEXTS.getTranslation(builtIn.nameKey(), Translations.SWEDISH),
                swedish(builtIn));
    }

    private Valid valid(UserId actor, TeamId team, ReflectionDraft draft) {
        String title = Check.requiredText("title", draft.title(), MAX_TITLE);
        // The body may be empty until it is shared (a new reflection is written in its co-edited document).
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.length() > MAX_BODY) {
            throw new InvalidInputException("body", "validation.too-long", MAX_BODY);
        }
        String theme = Check.optionalText("theme", draft.theme(), MAX_THEME);
        if (draft.visibility() == null) {
            throw new InvalidInputException("visibility", "validation.required");
        }
        String meetingId = null;
        if (draft.meeting() != null) {
            MeetingDetails meeting;
            try {
                meeting = meetings.details(actor, draft.meeting());
            } catch (NotPermittedException e) {
                throw new InvalidInputException("meeting", "reflection.validation.meeting-other-team");
            }
            if (!meeting.summary().team().equals(team)) {
                throw new InvalidInputException("meeting", "reflection.validation.meeting-other-team");
            }
            meetingId = draft.meeting().value();
        }
        Chosen chosen = chosen(actor, team, draft);
        List<String> answers = List.of();
        if (!chosen.prompts().isEmpty()) {
            if (draft.answers().size() > chosen.prompts().size()) {
                throw new InvalidInputException("answers", "reflection.validation.answers");
            }
            answers = draft.answers().stream().map(a -> a == null ? "" : a.strip()).toList();
        }
        return new Valid(meetingId, theme, title, body, draft.visibility(), chosen, answers);
    }

    private static String commentText(String text) {
        String valid = text == null ? "" : text.strip();
        if (valid.isEmpty()) {
            throw new InvalidInputException("text", "reflection.validation.comment-empty");
        }
        if (valid.length() > MAX_COMMENT) {
            throw new InvalidInputException("text", "validation.too-long", MAX_COMMENT);
        }
        return valid;
    }

    /** The people who may read the reflection whose "@Name" appears in the text (longest names first). */
    private List<UserId> mentions(UserId actor, Reflection reflection, String text) {
        if (!text.contains("@")) {
            return List.of();
        }
        TeamDetails team = teams.details(actor, new TeamId(reflection.teamId()));
        Set<UserId> found = new LinkedHashSet<>();
        team.members().stream()
                .sorted(Comparator.comparing((TeamMember m) -> m.displayName().length()).reversed())
                .filter(m -> !m.id().equals(actor) && text.contains("@" + m.displayName()))
                .filter(m -> maySee(m.id(), reflection, m.role() == TeamRole.PROCESS_LEADER
                        ? TeamAccess.PROCESS_LEADER : TeamAccess.MEMBER))
                .forEach(m -> found.add(m.id()));
        return List.copyOf(found);
    }

    private static boolean isProcessLeader(TeamDetails team, UserId person) {
        return team.processLeaders().stream().anyMatch(m -> m.id().equals(person));
    }

    private Reflection recordRead(UserId reader, Reflection reflection) {
        Instant now = clock.instant();
        long updated = mongo.updateFirst(Query.query(Criteria.where("_id").is(reflection.id())
                .and("reads.readerId").is(reader.value())), new Update().set("reads.$.lastAt", now),
                Reflection.class).getMatchedCount();
        if (updated == 0) {
            mongo.updateFirst(byId(new ReflectionId(reflection.id())), new Update().push("reads",
                    new Reflection.Read(reader.value(), now, now)), Reflection.class);
        }
        return find(new ReflectionId(reflection.id())).orElse(reflection);
    }

    private void notifyProcessLeaders(UserId actor, Reflection reflection) {
        if (reflection.status() != ReflectionStatus.SHARED || reflection.visibility() == Visibility.PRIVATE) {
            return;
        }
        TeamDetails team = teams.details(actor, new TeamId(reflection.teamId()));
        team.processLeaders().forEach(leader -> notifications.notify(new NewNotification(leader.id(), actor,
                "shared", ReflectionLinks.TYPE, reflection.id(), reflection.title(),
                ReflectionLinks.reflection(new ReflectionId(reflection.id())))));
    }

    // ---- reading helpers

    private Optional<Reflection> find(ReflectionId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Reflection.class));
    }

    private List<Reflection> load(String indexId) {
        ReflectionIndex index = mongo.findById(indexId, ReflectionIndex.class);
        if (index == null || index.reflections().isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(index.reflections())), Reflection.class);
    }

    /**
     * A team's shared reflections for a list (the callers decide who may read which), without what a list does not
     * show (bodies, answers, receipts, history), which is most of each document's size.
     */
    private List<Reflection> loadShared(List<String> indexIds) {
        List<String> ids = indexIds.stream().map(id -> mongo.findById(id, ReflectionIndex.class))
                .filter(java.util.Objects::nonNull).flatMap(index -> index.reflections().stream()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids).and("status").is(ReflectionStatus.SHARED));
        query.fields().exclude("body").exclude("bodyHtml").exclude("answers").exclude("prompts").exclude("reads")
                .exclude("visibilityHistory");
        return mongo.find(query, Reflection.class);
    }

    /**
     * Summaries for a list of one team's reflections: the meeting dates from the team's one meeting index rather
     * than each meeting's details (a list does not show the author's actions), so the cost does not grow with the
     * number of meetings linked.
     */
    private List<ReflectionSummary> listed(UserId actor, TeamId team, List<Reflection> reflections) {
        if (reflections.isEmpty()) {
            return List.of();
        }
        Map<UserId, String> names = users.displayNames(reflections.stream().map(r -> new UserId(r.authorId()))
                .distinct().toList());
        Map<String, java.time.LocalDate> dates = reflections.stream().anyMatch(r -> r.meetingId() != null)
                ? meetings.meetingsOf(actor, team).stream().collect(Collectors.toMap(m -> m.id().value(),
                        se.larteam.meeting.MeetingSummary::date))
                : Map.of();
        return reflections.stream().map(r -> summary(r, names, Map.of(), dates)).toList();
    }

    private List<ReflectionSummary> summaries(UserId actor, List<Reflection> reflections) {
        Map<UserId, String> names = users.displayNames(reflections.stream().map(r -> new UserId(r.authorId()))
                .distinct().toList());
        Map<String, MeetingDetails> dates = meetingDates(actor, reflections);
        return reflections.stream().map(r -> summary(r, names, dates, Map.of())).toList();
    }

    /** The linked meetings, as far as the reader may see them. */
    private Map<String, MeetingDetails> meetingDates(UserId actor, List<Reflection> reflections) {
        Map<String, MeetingDetails> found = new java.util.HashMap<>();
        reflections.stream().map(Reflection::meetingId).filter(java.util.Objects::nonNull).distinct().forEach(id -> {
            try {
                found.put(id, meetings.details(actor, new MeetingId(id)));
            } catch (NotPermittedException gone) {
                // The reader left the team since: the reflection's own access decides the rest.
            }
        });
        return found;
    }

    /** With the meeting's details when given (date and the author's actions), else its date alone when given. */
    private static ReflectionSummary summary(Reflection r, Map<UserId, String> names,
            Map<String, MeetingDetails> meetingsById, Map<String, java.time.LocalDate> datesById) {
        UserId author = new UserId(r.authorId());
        int comments = (int) r.comments().stream().filter(c -> !c.deleted()).count();
        MeetingDetails meeting = r.meetingId() == null ? null : meetingsById.get(r.meetingId());
        java.time.LocalDate date = meeting != null ? meeting.summary().date()
                : r.meetingId() == null ? null : datesById.get(r.meetingId());
        List<String> actions = meeting == null ? List.of() : meeting.actions().stream()
                .filter(a -> a.owner().equals(author)).map(se.larteam.meeting.Action::text).toList();
        return new ReflectionSummary(new ReflectionId(r.id()), new TeamId(r.teamId()), author,
                names.getOrDefault(author, "?"), r.title(), r.visibility(), r.status(),
                r.meetingId() == null ? null : new MeetingId(r.meetingId()),
                date, r.theme(), r.createdAt(), r.sharedAt(), comments,
                actions);
    }

    /** Top-level comments in time order, each followed by its replies. */
    private static List<Reflection.CommentDoc> threaded(List<Reflection.CommentDoc> all) {
        List<Reflection.CommentDoc> ordered = new ArrayList<>();
        all.stream().filter(c -> c.parentId() == null).sorted(Comparator.comparing(Reflection.CommentDoc::at))
                .forEach(top -> {
                    ordered.add(top);
                    all.stream().filter(c -> top.id().equals(c.parentId()))
                            .sorted(Comparator.comparing(Reflection.CommentDoc::at)).forEach(ordered::add);
                });
        return ordered;
    }

    private static Comment comment(Reflection.CommentDoc c, Map<UserId, String> names, UserId viewer) {
        UserId author = new UserId(c.authorId());
        return new Comment(c.id(), c.parentId(), author, names.getOrDefault(author, "?"), c.deleted() ? "" : c.text(),
                c.at(), c.editedAt(), c.deleted(), c.mentions().stream().map(UserId::new).toList(),
                author.equals(viewer));
    }

    // ---- live

    private void publish(UserId actor, Reflection reflection) {
        publish(actor, reflection, null);
    }

    /** To the reflection's topic and its team's, for those who may read it (and, on a change, those who could). */
    private void publish(UserId actor, Reflection reflection, Audience earlier) {
        TeamId team = new TeamId(reflection.teamId());
        Map<String, String> data = Map.of("teamId", team.value(), "reflectionId", reflection.id());
        List<se.larteam.live.Topic> topics = List.of(ReflectionLinks.topic(new ReflectionId(reflection.id())),
                TeamLive.topic(team));
        events.publish(actor, CHANGED, topics, Audience.of(ReflectionLinks.SCOPE, reflection.id()), data);
        if (earlier != null) {
            events.publish(actor, CHANGED, topics, earlier, data);
        }
    }

    /** Who may read it before a change, named person by person: after the change the rules would leave them out. */
    private Audience readersNow(UserId actor, Reflection reflection) {
        Set<UserId> readers = new HashSet<>();
        readers.add(new UserId(reflection.authorId()));
        if (reflection.status() == ReflectionStatus.SHARED && reflection.visibility() != Visibility.PRIVATE) {
            TeamDetails team = teams.details(actor, new TeamId(reflection.teamId()));
            team.members().stream().filter(m -> reflection.visibility() == Visibility.TEAM
                    || m.role() == TeamRole.PROCESS_LEADER).forEach(m -> readers.add(m.id()));
        }
        return Audience.onlyPeople(readers);
    }

    private static Query byId(ReflectionId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static Query index(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static NotPermittedException denied(UserId actor, Object target) {
        return new NotPermittedException(actor + " may not see or change reflection " + target);
    }
}
