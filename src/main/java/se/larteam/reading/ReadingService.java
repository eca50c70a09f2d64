package se.larteam.reading;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import se.larteam.base.InvalidInputException;
import se.larteam.base.NotPermittedException;
import se.larteam.base.SwedishOrder;
import se.larteam.base.Time;
import se.larteam.live.Audience;
import se.larteam.live.LiveEvents;
import se.larteam.live.Topic;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramLive;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamAccess;
import se.larteam.team.TeamId;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamService;
import se.larteam.team.TeamSummary;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Readings and the program's library. Who may do what, decided on every call from current membership:
 * <ul>
 * <li>A team's own reading: seen, edited, annotated and removed by the team's members and process leaders only.
 * Not by organisers or administrators: a team is a safe room, and its reading list is part of its work in
 * progress. Its process leaders share it to the program's library.</li>
 * <li>A library reading: seen by everyone with a role in the program (organisers, participants, readers) and by
 * administrators. Added, edited and removed by organisers, administrators and the program's process leaders (the
 * curators), and edited by the team it came from. Notes are written by organisers and participants; readers
 * browse.</li>
 * </ul>
 * Anything that does not exist reads the same as anything not permitted.
 */
@Service
public class ReadingService {

    private final MongoTemplate mongo;
    private final ProgramService programs;
    private final TeamService teams;
    private final UserService users;
    private final LiveEvents events;
    private final PdfAttachments pdfs;
    private final ReadingIndex index;
    private final Clock clock;
    private final ThemeVocabularies vocabularies;

    ReadingService(MongoTemplate mongo, ProgramService programs, TeamService teams, UserService users,
            LiveEvents events, PdfAttachments pdfs, ReadingIndex index, Clock clock, ThemeVocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.mongo = mongo;
        this.programs = programs;
        this.teams = teams;
        this.users = users;
        this.events = events;
        this.pdfs = pdfs;
        this.index = index;
        this.clock = clock;
    }

    // ---- adding and changing

    /** A reading of the team's own, added by one of its members or process leaders. */
    public ReadingId addToTeam(UserId actor, TeamId team, ReadingDraft draft) {
        TeamSummary inside = insideTeam(actor, team).orElseThrow(() -> denied(actor, team.value()));
        ReadingDraft valid = validated(draft);
        Reading reading = newReading(actor, inside.programId(), team, inside.name(), ReadingScope.TEAM, valid);
        mongo.insert(reading);
        index.put(List.of(reading));
        changed(actor, reading, "reading.added");
        return new ReadingId(reading.id());
    }

    /** A reading added straight to the program's library by a curator (organiser, administrator, process leader). */
    public ReadingId addToLibrary(UserId actor, ProgramId program, ReadingDraft draft) {
        if (!mayCurate(actor, program)) {
            throw denied(actor, program.value());
        }
        ReadingDraft valid = validated(draft);
        Reading reading = newReading(actor, program, null, null, ReadingScope.LIBRARY, valid);
        mongo.insert(reading);
        index.put(List.of(reading));
        changed(actor, reading, "reading.added");
        return new ReadingId(reading.id());
    }

    public void update(UserId actor, ReadingId id, ReadingDraft draft) {
        Reading reading = requireEditable(actor, id);
        ReadingDraft valid = validated(draft);
        mongo.updateFirst(byId(id), new Update()
                .set("title", valid.title()).set("authors", valid.authors()).set("year", valid.year())
                .set("kind", valid.kind()).set("source", valid.source()).set("doi", valid.doi())
                .set("url", valid.url()).set("language", valid.language()).set("summary", valid.summary())
                .set("themes", valid.themes()).set("evidence", valid.evidence())
                .set("questions", valid.discussionQuestions()).set("changedAt", clock.instant()), Reading.class);
        index.reindex(id.value());
        changed(actor, reading, "reading.changed");
    }

    /** A process leader shares one of the team's readings with the whole program's library. */
    public void share(UserId actor, ReadingId id) {
        Reading reading = requireVisible(actor, id);
        if (!mayShare(actor, reading)) {
            throw denied(actor, id.value());
        }
        mongo.updateFirst(byId(id), new Update().set("scope", ReadingScope.LIBRARY).set("changedAt", clock.instant()),
                Reading.class);
        Reading shared = find(id).orElseThrow();
        index.put(List.of(shared));
        changed(actor, shared, "reading.shared");
    }

    /** Removes the reading with its notes and its PDF. */
    public void delete(UserId actor, ReadingId id) {
        Reading reading = requireVisible(actor, id);
        if (!mayDelete(actor, reading)) {
            throw denied(actor, id.value());
        }
        mongo.remove(byId(id), Reading.class);
        pdfs.delete(reading.attachment());
        index.remove(id.value());
        changed(actor, reading, "reading.removed");
    }

    /** A note on the reading, or a reply to one ({@code replyTo} a note's id; replies are one level deep). */
    public void addNote(UserId actor, ReadingId id, String replyTo, String text) {
        Reading reading = requireVisible(actor, id);
        if (!mayWriteNotes(actor, reading)) {
            throw denied(actor, id.value());
        }
        String valid = ReadingValidation.note(text);
        String parent = null;
        if (replyTo != null && !replyTo.isBlank()) {
            Reading.Note target = reading.notes().stream().filter(n -> n.id().equals(replyTo)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("note", "reading.note.gone"));
            parent = target.parentId() == null ? target.id() : target.parentId();
        }
        Reading.Note note = new Reading.Note(UUID.randomUUID().toString(), parent, actor.value(), valid, clock.instant());
        mongo.updateFirst(byId(id), new Update().push("notes", note), Reading.class);
        changed(actor, reading, "reading.note-added");
    }

    /** Attaches a PDF (replacing any earlier one), after checking it; see {@link PdfAttachments} for the rules. */
    public void attachPdf(UserId actor, ReadingId id, String fileName, byte[] bytes) {
        Reading reading = requireEditable(actor, id);
        PdfAttachments.Stored stored = pdfs.store(reading.id(), fileName, bytes);
        try {
            mongo.updateFirst(byId(id), new Update().set("attachment", stored.attachment())
                    .set("pdfText", stored.text()).set("changedAt", clock.instant()), Reading.class);
        } catch (RuntimeException failed) {
            pdfs.delete(stored.attachment());
            throw failed;
        }
        pdfs.delete(reading.attachment());
        index.reindex(id.value());
        changed(actor, reading, "reading.changed");
    }

    public void removePdf(UserId actor, ReadingId id) {
        Reading reading = requireEditable(actor, id);
        mongo.updateFirst(byId(id), new Update().unset("attachment").unset("pdfText"), Reading.class);
        pdfs.delete(reading.attachment());
        index.reindex(id.value());
        changed(actor, reading, "reading.changed");
    }

    // ---- importing

    /** The largest RIS or BibTeX file read: thousands of entries fit in far less. */
    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    /**
     * What importing this RIS or BibTeX file (told apart by content) into the team ({@code team}) or, with no team, the program's library would do:
     * each entry with its problem, or marked as a duplicate (same DOI, or same title and year, as a reading the
     * importer can see or an earlier entry of the file). Writes nothing.
     */
    public ImportPreview previewImport(UserId actor, ProgramId program, TeamId team, Evidence evidence, byte[] bytes) {
        requireImportTarget(actor, program, team);
        return new ImportPreview(checkImport(actor, program, evidence, bytes).stream().map(CheckedEntry::entry).toList());
    }

    /**
     * Imports the file's new entries in one batch, or nothing at all when any entry has a problem; duplicates are
     * left out. Returns how many readings were added.
     */
    public int importReferences(UserId actor, ProgramId program, TeamId team, Evidence evidence, byte[] bytes) {
        return importReferences(actor, program, team, evidence, bytes, (stored, total) -> { });
    }

    /**
     * As {@link #importReferences(UserId, ProgramId, TeamId, Evidence, byte[])}, telling {@code progress}
     * (stored, total) as the readings are stored; see {@link ReadingBatches} for how it stays all or nothing.
     */
    public int importReferences(UserId actor, ProgramId program, TeamId team, Evidence evidence, byte[] bytes,
            java.util.function.BiConsumer<Integer, Integer> progress) {
        String teamName = requireImportTarget(actor, program, team);
        List<CheckedEntry> checked = checkImport(actor, program, evidence, bytes);
        if (checked.stream().anyMatch(c -> c.entry().problemKey() != null)) {
            throw new InvalidInputException("file", "reading.import.has-problems");
        }
        ReadingScope scope = team == null ? ReadingScope.LIBRARY : ReadingScope.TEAM;
        List<Reading> fresh = checked.stream().filter(c -> c.entry().ok())
                .map(c -> newReading(actor, program, team, teamName, scope, c.draft())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        ReadingBatches.insert(mongo, fresh, progress);
        index.put(fresh);
        Map<String, String> data = Map.of("programId", program.value(), "count", String.valueOf(fresh.size()));
        if (team == null) {
            events.publish(actor, "reading.imported", List.of(ProgramLive.topic(program)),
                    Audience.of(ProgramLive.SCOPE, program.value()), data);
        } else {
            events.publish(actor, "reading.imported", List.of(TeamLive.topic(team)), TeamLive.inside(team), data);
        }
        return fresh.size();
    }

    private record CheckedEntry(ImportEntry entry, ReadingDraft draft) {
    }

    /** The team's name for a team import, null for the library; refuses those who may not add there. */
    private String requireImportTarget(UserId actor, ProgramId program, TeamId team) {
        if (team == null) {
            if (!mayCurate(actor, program)) {
                throw denied(actor, program.value());
            }
            return null;
        }
        TeamSummary inside = insideTeam(actor, team).filter(t -> t.programId().equals(program))
                .orElseThrow(() -> denied(actor, team.value()));
        return inside.name();
    }

    private List<CheckedEntry> checkImport(UserId actor, ProgramId program, Evidence evidence, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "reading.import.empty");
        }
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw new InvalidInputException("file", "reading.import.too-large", MAX_IMPORT_BYTES / (1024 * 1024));
        }
        Query existing = Query.query(visibleCriteria(program, insideTeams(actor, program)));
        existing.fields().include("doi").include("title").include("year");
        Set<String> seen = new java.util.HashSet<>();
        mongo.find(existing, org.bson.Document.class, Reading.COLLECTION).forEach(d -> {
            seen.addAll(duplicateKeys(d.getString("doi"), d.getString("title"), d.getInteger("year")));
        });
        List<CheckedEntry> result = new ArrayList<>();
        Evidence ground = evidence == null ? Evidence.RESEARCH : evidence;
        String text = BibTeXFile.decode(bytes);
        List<ParsedEntry> parsed = BibTeXFile.looksLikeBibTeX(text) ? BibTeXFile.read(text, ground)
                : RisFile.read(bytes, ground);
        for (ParsedEntry entry : parsed) {
            if (entry.problem() != null) {
                result.add(new CheckedEntry(new ImportEntry(entry.line(), "", null, "", null, entry.problem(),
                        List.of(), false), null));
                continue;
            }
            ReadingDraft raw = entry.draft();
            String authors = String.join("; ", raw.authors());
            try {
                ReadingDraft valid = validated(raw);
                List<String> keys = duplicateKeys(valid.doi(), valid.title(), valid.year());
                boolean duplicate = keys.stream().anyMatch(seen::contains);
                seen.addAll(keys);
                result.add(new CheckedEntry(new ImportEntry(entry.line(), valid.title(), valid.year(), authors, null,
                        null, List.of(), duplicate), valid));
            } catch (InvalidInputException invalid) {
                result.add(new CheckedEntry(new ImportEntry(entry.line(), raw.title() == null ? "" : raw.title(),
                        raw.year(), authors, invalid.field(), invalid.messageKey(),
                        java.util.Arrays.stream(invalid.arguments()).map(String::valueOf).toList(), false), null));
            }
        }
        return result;
    }

    private static List<String> duplicateKeys(String doi, String title, Integer year) {
        List<String> keys = new ArrayList<>();
        if (doi != null && !doi.isBlank()) {
            keys.add("doi:" + doi.toLowerCase(java.util.Locale.ROOT));
        }
        if (title != null && !title.isBlank()) {
            keys.add("title:" + title.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ") + "|" + year);
        }
        return keys;
    }

    // ---- reading

    public ReadingDetails get(UserId actor, ReadingId id) {
        Reading reading = requireVisible(actor, id);
        Set<UserId> people = new java.util.HashSet<>();
        people.add(new UserId(reading.addedBy()));
        reading.notes().forEach(n -> people.add(new UserId(n.authorId())));
        Map<UserId, String> names = users.displayNames(people);
        Reading.Attachment file = reading.attachment();
        return new ReadingDetails(new ReadingId(reading.id()), new ProgramId(reading.programId()),
                reading.teamId() == null ? null : new TeamId(reading.teamId()), reading.teamName(), reading.scope(),
                reading.draft(), notes(reading, names),
                file == null ? null : new ReadingAttachment(file.fileName(), file.size(), file.pages(),
                        file.thumbnailId() != null),
                names.getOrDefault(new UserId(reading.addedBy()), "?"), reading.addedAt(),
                mayEdit(actor, reading), mayShare(actor, reading), mayWriteNotes(actor, reading),
                mayDelete(actor, reading));
    }

    /**
     * One page of what this person may see in the program's library, newest year first: the shared library, and
     * the own readings of the teams they are inside.
     */
    public List<ReadingSummary> library(UserId actor, ProgramId program, ReadingFilter filter, int offset, int limit) {
        Query query = libraryQuery(actor, program, filter);
        query.with(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("title"))).skip(Math.max(0, offset))
                .limit(Math.max(0, Math.min(limit, 500)));
        query.fields().exclude("pdfText");
        return mongo.find(query, Reading.class).stream().map(ReadingService::toSummary).toList();
    }

    /** How many readings {@link #library} would list with this filter. */
    public int count(UserId actor, ProgramId program, ReadingFilter filter) {
        return (int) mongo.count(libraryQuery(actor, program, filter), Reading.class);
    }

    // ---- searching (Lucene; see ReadingIndex). The index on this node is updated after this node's own writes
    // before they return, and from the live-update stream for writes on other nodes.

    /**
     * One page of what this person may find in the program's library with this search: the shared library and the
     * own readings of the teams they are inside, each with passages where the words were found.
     */
    public List<LibraryHit> search(UserId actor, ProgramId program, LibrarySearch search, int offset, int limit) {
        return index.search(searchAccess(actor, program), searchOf(search), offset, Math.max(0, Math.min(limit, 500)));
    }

    /**
     * What one change of the library's search shows, from one check of the viewer's access and one pass over the
     * index: the facet counts (with the total) and the first {@code limit} hits, with a cursor for the next page.
     */
    public LibraryResult searchWithFacets(UserId actor, ProgramId program, LibrarySearch search, int limit) {
        return index.facetsAndFirstPage(searchAccess(actor, program), searchOf(search), Math.max(0, Math.min(limit, 500)));
    }

    /**
     * The hits from {@code offset} on. {@code from}, a cursor of this search at or before {@code offset} (from an
     * earlier page), makes a page far down as cheap as the first; without one (null) the hits above are sorted too.
     */
    public LibraryPage searchPage(UserId actor, ProgramId program, LibrarySearch search, LibraryCursor from,
            int offset, int limit) {
        return index.page(searchAccess(actor, program), searchOf(search), from, offset,
                Math.max(0, Math.min(limit, 500)));
    }

    /** How many readings {@link #search} finds. */
    public int searchCount(UserId actor, ProgramId program, LibrarySearch search) {
        return index.count(searchAccess(actor, program), searchOf(search));
    }

    /** The facet counts of a search, over what this person may see only. */
    public LibraryFacets facets(UserId actor, ProgramId program, LibrarySearch search) {
        return index.facets(searchAccess(actor, program), searchOf(search));
    }

    private ReadingIndex.Access searchAccess(UserId actor, ProgramId program) {
        requireLibraryReader(actor, program);
        return new ReadingIndex.Access(program.value(), insideTeams(actor, program).stream()
                .map(t -> t.id().value()).collect(java.util.stream.Collectors.toSet()));
    }

    /** Words beyond what anyone types are cut off rather than refused: searching must not fail. */
    private static LibrarySearch searchOf(LibrarySearch search) {
        LibrarySearch s = search == null ? LibrarySearch.all() : search;
        if (s.text() != null && s.text().length() > 500) {
            return new LibrarySearch(s.text().substring(0, 500), s.themes(), s.yearFrom(), s.yearTo(), s.kinds(),
                    s.evidence(), s.teamIds(), s.sort());
        }
        return s;
    }

    /** The team's own readings (not those it has shared), for its members and process leaders. */
    public List<ReadingSummary> teamReadings(UserId actor, TeamId team) {
        insideTeam(actor, team).orElseThrow(() -> denied(actor, team.value()));
        Query query = Query.query(Criteria.where("teamId").is(team.value()).and("scope").is(ReadingScope.TEAM)
                .andOperator(Reading.visible()))
                .with(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("title")));
        query.fields().exclude("pdfText");
        return mongo.find(query, Reading.class).stream().map(ReadingService::toSummary).toList();
    }

    /** What the library page shows around its list; for everyone who may see the library. */
    public LibraryOverview overview(UserId actor, ProgramId program) {
        requireLibraryReader(actor, program);
        List<TeamSummary> inside = insideTeams(actor, program);
        Criteria visible = visibleCriteria(program, inside);
        TreeSet<String> themes = new TreeSet<>(SwedishOrder.strings());
        themes.addAll(vocabularies.of(program));
        mongo.findDistinct(Query.query(visible), "themes", Reading.class, String.class).forEach(themes::add);
        Map<String, String> teamNames = new java.util.HashMap<>();
        Query withTeams = Query.query(new Criteria().andOperator(visible, Criteria.where("teamId").ne(null)));
        withTeams.fields().include("teamId").include("teamName");
        mongo.find(withTeams, org.bson.Document.class, Reading.COLLECTION)
                .forEach(d -> teamNames.putIfAbsent(d.getString("teamId"), d.getString("teamName")));
        inside.forEach(t -> teamNames.put(t.id().value(), t.name()));
        List<TeamChoice> teamChoices = teamNames.entrySet().stream()
                .map(e -> new TeamChoice(new TeamId(e.getKey()), Objects.requireNonNullElse(e.getValue(), "?")))
                .sorted(SwedishOrder.by(TeamChoice::name)).toList();
        List<TeamChoice> mine = inside.stream().map(t -> new TeamChoice(t.id(), t.name()))
                .sorted(SwedishOrder.by(TeamChoice::name)).toList();
        return new LibraryOverview(program, programs.name(program), List.copyOf(themes), teamChoices, mine,
                mayCurate(actor, program));
    }

    /** The attached PDF, for those who may see the reading. */
    public PdfFile pdf(UserId actor, ReadingId id) {
        Reading reading = requireVisible(actor, id);
        if (reading.attachment() == null) {
            throw denied(actor, id.value());
        }
        return new PdfFile(reading.attachment().fileName(), "application/pdf", pdfs.read(reading.attachment().fileId()));
    }

    /** The PNG of the PDF's first page, for those who may see the reading. */
    public PdfFile thumbnail(UserId actor, ReadingId id) {
        Reading reading = requireVisible(actor, id);
        if (reading.attachment() == null || reading.attachment().thumbnailId() == null) {
            throw denied(actor, id.value());
        }
        return new PdfFile("miniatyr.png", "image/png", pdfs.read(reading.attachment().thumbnailId()));
    }

    // ---- the program's theme vocabulary

    /** The program's themes as its organisers keep them (free tags in use are not among them); for the library's readers. */
    public List<String> themeVocabulary(UserId actor, ProgramId program) {
        requireLibraryReader(actor, program);
        return vocabularies.of(program);
    }

    /** Organisers (and administrators) add a theme to the program's vocabulary. */
    public void addTheme(UserId actor, ProgramId program, String theme) {
        requireVocabularyEditor(actor, program);
        vocabularies.add(program, theme);
        vocabularyChanged(actor, program);
    }

    /** Renames a theme of the vocabulary, and on every reading of the program that has it. */
    public void renameTheme(UserId actor, ProgramId program, String from, String to) {
        requireVocabularyEditor(actor, program);
        vocabularies.rename(program, from, to);
        vocabularyChanged(actor, program);
    }

    /** Takes a theme out of the vocabulary; readings keep it as a free tag. */
    public void removeTheme(UserId actor, ProgramId program, String theme) {
        requireVocabularyEditor(actor, program);
        vocabularies.remove(program, theme);
        vocabularyChanged(actor, program);
    }

    private void requireVocabularyEditor(UserId actor, ProgramId program) {
        if (!programs.mayManage(actor, program)) {
            throw denied(actor, program.value());
        }
    }

    /** Names the program only; library pages refresh their theme lists. A rename reaches team readings too. */
    private void vocabularyChanged(UserId actor, ProgramId program) {
        events.publish(actor, "reading.themes-changed", List.of(ProgramLive.topic(program)),
                Audience.of(ProgramLive.SCOPE, program.value()), Map.of("programId", program.value()));
    }

    // ---- exporting

    /** The most readings one export takes: a whole library of a few hundred fits, a runaway selection does not. */
    static final int MAX_EXPORT = 2_000;

    /**
     * The readings as BibTeX, RIS or an APA 7 reference list ({@code language} picks the APA list's words:
     * Swedish or English). Refused as a whole when any of them is one this person may not see, or does not exist:
     * an export never reveals more than the reading pages would.
     */
    public ExportFile export(UserId actor, List<ReadingId> ids, ExportFormat format, java.util.Locale language) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("selection", "reading.export.empty");
        }
        List<ReadingId> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
        if (distinct.size() > MAX_EXPORT) {
            throw new InvalidInputException("selection", "reading.export.too-many", MAX_EXPORT);
        }
        Query query = Query.query(Criteria.where("_id").in(distinct.stream().map(ReadingId::value).toList())
                .andOperator(Reading.visible()));
        query.fields().exclude("pdfText").exclude("notes");
        Map<String, Reading> found = new java.util.HashMap<>();
        mongo.find(query, Reading.class).forEach(r -> found.put(r.id(), r));
        List<Reading> chosen = new ArrayList<>();
        for (ReadingId id : distinct) {
            Reading reading = found.get(id.value());
            if (reading == null || !maySee(actor, reading)) {
                throw denied(actor, id.value());
            }
            chosen.add(reading);
        }
        String text = switch (format) {
            case BIBTEX -> ReadingExport.bibtex(chosen);
            case RIS -> ReadingExport.ris(chosen);
            case APA -> ReadingExport.apa(chosen, language);
        };
        String name = format == ExportFormat.APA ? "referenser-apa" : "lasningar";
        return new ExportFile(name + "." + format.extension(), format.contentType(), ReadingExport.utf8(text));
    }

    // ---- access

    private Reading requireVisible(UserId actor, ReadingId id) {
        Reading reading = find(id).orElseThrow(() -> denied(actor, id.value()));
        if (!maySee(actor, reading)) {
            throw denied(actor, id.value());
        }
        return reading;
    }

    private Reading requireEditable(UserId actor, ReadingId id) {
        Reading reading = requireVisible(actor, id);
        if (!mayEdit(actor, reading)) {
            throw denied(actor, id.value());
        }
        return reading;
    }

    private boolean maySee(UserId actor, Reading reading) {
        if (reading.scope() == ReadingScope.TEAM) {
            return isInside(actor, reading.teamId());
        }
        return mayReadLibrary(actor, new ProgramId(reading.programId()));
    }

    private boolean mayEdit(UserId actor, Reading reading) {
        if (reading.scope() == ReadingScope.TEAM) {
            return isInside(actor, reading.teamId());
        }
        return mayCurate(actor, new ProgramId(reading.programId()))
                || (reading.teamId() != null && isInside(actor, reading.teamId()));
    }

    /** A team removes its own readings; the library's are removed by its curators only. */
    private boolean mayDelete(UserId actor, Reading reading) {
        return reading.scope() == ReadingScope.TEAM ? isInside(actor, reading.teamId())
                : mayCurate(actor, new ProgramId(reading.programId()));
    }

    private boolean mayShare(UserId actor, Reading reading) {
        return reading.scope() == ReadingScope.TEAM
                && teams.access(actor, new TeamId(reading.teamId())).orElse(null) == TeamAccess.PROCESS_LEADER;
    }

    private boolean mayWriteNotes(UserId actor, Reading reading) {
        if (reading.scope() == ReadingScope.TEAM) {
            return isInside(actor, reading.teamId());
        }
        Set<ProgramRole> roles = programs.rolesOf(actor, new ProgramId(reading.programId()));
        return roles.contains(ProgramRole.ORGANISER) || roles.contains(ProgramRole.PARTICIPANT);
    }

    private boolean isInside(UserId actor, String teamId) {
        return teamId != null && teams.access(actor, new TeamId(teamId)).map(TeamAccess::insideTeam).orElse(false);
    }

    private boolean mayReadLibrary(UserId actor, ProgramId program) {
        return !programs.rolesOf(actor, program).isEmpty() || users.isAdministrator(actor);
    }

    private void requireLibraryReader(UserId actor, ProgramId program) {
        if (!mayReadLibrary(actor, program)) {
            throw denied(actor, program.value());
        }
    }

    /** Organisers and administrators, and whoever leads a team in the program. */
    private boolean mayCurate(UserId actor, ProgramId program) {
        return programs.mayManage(actor, program) || teams.myTeams(actor).stream()
                .anyMatch(t -> t.programId().equals(program) && t.myAccess() == TeamAccess.PROCESS_LEADER);
    }

    private Optional<TeamSummary> insideTeam(UserId actor, TeamId team) {
        return teams.myTeams(actor).stream().filter(t -> t.id().equals(team) && t.myAccess().insideTeam()).findFirst();
    }

    private List<TeamSummary> insideTeams(UserId actor, ProgramId program) {
        return teams.myTeams(actor).stream().filter(t -> t.programId().equals(program) && t.myAccess().insideTeam())
                .toList();
    }

    // ---- queries

    private Query libraryQuery(UserId actor, ProgramId program, ReadingFilter filter) {
        requireLibraryReader(actor, program);
        List<Criteria> all = new ArrayList<>();
        all.add(visibleCriteria(program, insideTeams(actor, program)));
        ReadingFilter f = filter == null ? ReadingFilter.none() : filter;
        if (f.text() != null && !f.text().isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(f.text().strip()), Pattern.CASE_INSENSITIVE);
            all.add(new Criteria().orOperator(Criteria.where("title").regex(text), Criteria.where("authors").regex(text),
                    Criteria.where("summary").regex(text), Criteria.where("pdfText").regex(text)));
        }
        if (f.theme() != null && !f.theme().isBlank()) {
            all.add(Criteria.where("themes").is(f.theme()));
        }
        if (f.yearFrom() != null) {
            all.add(Criteria.where("year").gte(f.yearFrom()));
        }
        if (f.yearTo() != null) {
            all.add(Criteria.where("year").lte(f.yearTo()));
        }
        if (f.kind() != null) {
            all.add(Criteria.where("kind").is(f.kind()));
        }
        if (f.evidence() != null) {
            all.add(Criteria.where("evidence").is(f.evidence()));
        }
        if (f.teamId() != null && !f.teamId().isBlank()) {
            all.add(Criteria.where("teamId").is(f.teamId()));
        }
        return Query.query(new Criteria().andOperator(all));
    }

    /** The program's library, and the own readings of the given teams (those the viewer is inside). */
    private static Criteria visibleCriteria(ProgramId program, List<TeamSummary> inside) {
        Criteria library = Criteria.where("scope").is(ReadingScope.LIBRARY);
        Criteria visible = inside.isEmpty() ? library : new Criteria().orOperator(library,
                Criteria.where("scope").is(ReadingScope.TEAM)
                        .and("teamId").in(inside.stream().map(t -> t.id().value()).toList()));
        return new Criteria().andOperator(Criteria.where("programId").is(program.value()), visible, Reading.visible());
    }

    // ---- helpers

    private ReadingDraft validated(ReadingDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("title", "reading.title.required");
        }
        return ReadingValidation.validated(draft, Year.now(clock.withZone(Time.STOCKHOLM)));
    }

    private Reading newReading(UserId actor, ProgramId program, TeamId team, String teamName, ReadingScope scope,
            ReadingDraft valid) {
        return new Reading(ReadingId.random().value(), program.value(), team == null ? null : team.value(), teamName,
                scope, valid.title(), valid.authors(), valid.year(), valid.kind(), valid.source(), valid.doi(),
                valid.url(), valid.language(), valid.summary(), valid.themes(), valid.evidence(),
                valid.discussionQuestions(), List.of(), null, null, actor.value(), clock.instant(), clock.instant(), null);
    }

    /**
     * A team's reading is news for those inside the team only, on the team's topic; a library reading for everyone
     * in the program, on the program's topic. The data names ids only.
     */
    private void changed(UserId actor, Reading reading, String kind) {
        Map<String, String> data = new java.util.HashMap<>(Map.of("readingId", reading.id(), "programId",
                reading.programId()));
        if (reading.teamId() != null) {
            data.put("teamId", reading.teamId());
        }
        if (reading.scope() == ReadingScope.TEAM) {
            TeamId team = new TeamId(reading.teamId());
            events.publish(actor, kind, List.of(TeamLive.topic(team)), TeamLive.inside(team), data);
        } else {
            ProgramId program = new ProgramId(reading.programId());
            List<Topic> topics = new ArrayList<>(List.of(ProgramLive.topic(program)));
            if (reading.teamId() != null) {
                // The team's own list loses a reading it has shared.
                topics.add(TeamLive.topic(new TeamId(reading.teamId())));
            }
            events.publish(actor, kind, topics, Audience.of(ProgramLive.SCOPE, program.value()), data);
        }
    }

    private static List<ReadingNote> notes(Reading reading, Map<UserId, String> names) {
        List<Reading.Note> all = reading.notes().stream().sorted(Comparator.comparing(Reading.Note::at)).toList();
        return all.stream().filter(n -> n.parentId() == null)
                .map(n -> new ReadingNote(n.id(), names.getOrDefault(new UserId(n.authorId()), "?"), n.text(), n.at(),
                        all.stream().filter(r -> n.id().equals(r.parentId()))
                                .map(r -> new ReadingNote(r.id(), names.getOrDefault(new UserId(r.authorId()), "?"),
                                        r.text(), r.at(), List.of()))
                                .toList()))
                .toList();
    }

    private static ReadingSummary toSummary(Reading r) {
        return new ReadingSummary(new ReadingId(r.id()), r.title(), r.authors(), r.year(), r.kind(), r.evidence(),
                r.themes(), r.scope(), r.teamName(), r.attachment() != null);
    }

    /** By id (the server's fast path), then left out while its import is still being stored. */
    private Optional<Reading> find(ReadingId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Reading.class)).filter(r -> r.pendingImport() == null);
    }

    private static Query byId(ReadingId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static NotPermittedException denied(UserId actor, String what) {
        return new NotPermittedException(actor + " may not see or change reading " + what);
    }
}
