package se.larteam.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import se.larteam.live.LiveEvent;
import se.larteam.live.LiveEventObserver;

/**
 * The library's full-text index: Lucene in this process, one per node, a copy derived from MongoDB. It lives in
 * memory ({@link ByteBuffersDirectory}): it is rebuilt from the database at every start (seconds for 100,000
 * readings), so files on disk would only add a stale copy to reconcile after a crash, and nodes never share one.
 * <p>
 * It is kept current by the node's live-update stream (every {@code reading.*} event, whichever node wrote it), and
 * by {@link ReadingService} directly after its own writes, so that whoever adds a reading finds it at once. Both
 * paths load the reading as it is now, so applying an event twice or late does no harm.
 * <p>
 * Access is part of every query: a reading is found only in its program, and only when it is in the library or
 * belongs to one of the teams the viewer is inside. Facet counts are computed over the same query.
 */
@Component
class ReadingIndex implements SmartLifecycle, LiveEventObserver {

    private static final Logger log = LoggerFactory.getLogger(ReadingIndex.class);

    static final String ID = "id";
    static final String PROGRAM = "program";
    /** "library", or "team:" and the team's id for a team's own reading: the access key. */
    static final String OWNER = "owner";
    static final String TEAM = "team";
    static final String THEME = "theme";
    static final String KIND = "kind";
    static final String EVIDENCE = "evidence";
    static final String YEAR = "year";
    private static final String TITLE_SORT = "title_sort";
    /** The reading's id as doc values, sorted last: sort values then name one reading, for search-after cursors. */
    private static final String ID_SORT = "id_sort";
    private static final String STORED_TITLE = "s_title";
    private static final String STORED_AUTHOR = "s_author";
    private static final String STORED_SCOPE = "s_scope";
    private static final String STORED_TEAM_NAME = "s_team_name";
    private static final String STORED_PDF = "s_pdf";
    private static final String LIBRARY_OWNER = "library";
    private static final int MAX_WORDS = 20;
    private static final int REBUILD_BATCH = 500;
    /** An import's event names no readings: on other nodes, what its program got in this window is indexed again. */
    private static final Duration IMPORT_WINDOW = Duration.ofMinutes(10);

    /**
     * The searched text, stored for passages, with offsets in the postings so passages come from the index rather
     * than from analysing a long PDF's text again for every hit shown.
     */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** Whose readings a viewer may find: the program's library, and the own readings of these teams. */
    record Access(String programId, Set<String> insideTeamIds) {
    }

    private final MongoTemplate mongo;
    private final Analyzer searchAnalyzer = ReadingAnalysis.forSearching();
    private final Analyzer indexAnalyzer = ReadingAnalysis.forIndexing();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private static final String WORKER_NAME = "reading-index";
    /** Every change to the index runs here, one at a time, in the order asked. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name(WORKER_NAME).factory());
    /** Set before the first rebuild, so events written meanwhile are applied after it, in order. */
    private volatile boolean following;
    private volatile boolean running;

    ReadingIndex(MongoTemplate mongo) {
        this.mongo = mongo;
        try {
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- lifecycle: follow first, then read everything, so nothing written meanwhile is missed

    @Override
    public void observed(LiveEvent event) {
        if (following && event.kind().startsWith("reading.")) {
            worker.execute(() -> apply(event));
        }
    }

    @Override
    public void historyLost() {
        if (following) {
            worker.execute(() -> rebuild(true));
        }
    }

    @Override
    public void start() {
        following = true;
        try {
            // On the worker, so events heard during the rebuild are applied after it, in order.
            worker.submit(() -> rebuild(false)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not build the library's search index", e.getCause());
        }
        running = true;
    }

    /**
     * Stops following; the index stays open, because the context may start again (Spring's test framework pauses
     * cached contexts), and then {@link #start()} reads everything afresh. Closed for good in {@link #close()}.
     */
    @Override
    public void stop() {
        running = false;
        following = false;
    }

    @jakarta.annotation.PreDestroy
    void close() {
        stop();
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
            searchers.close();
            writer.close();
            directory.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Closing the library's search index failed", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Just after the node's change watcher has opened its streams, before the web server takes requests.
        return Integer.MAX_VALUE / 2 + 1;
    }

    /**
     * Reads every reading from MongoDB into a fresh index; returns how many. {@code whileServing}: this node's own
     * writes may index a reading meanwhile, so each is replaced rather than added (slower); at start-up nothing
     * else writes yet.
     */
    int rebuild(boolean whileServing) {
        long started = System.nanoTime();
        int count = 0;
        try {
            writer.deleteAll();
            // In batches: without a batch size the embedded server answers in one message, too large for 100,000.
            var everything = new org.springframework.data.mongodb.core.query.Query(Reading.visible())
                    .cursorBatchSize(REBUILD_BATCH);
            try (Stream<Reading> all = mongo.stream(everything, Reading.class)) {
                for (Reading reading : (Iterable<Reading>) all::iterator) {
                    if (whileServing) {
                        writer.updateDocument(new Term(ID, reading.id()), document(reading));
                    } else {
                        writer.addDocument(document(reading));
                    }
                    count++;
                }
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Library search index built: {} readings in {} ms", count,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return count;
    }

    /** Bytes the index takes in memory: its files, and what the writer holds before flushing. */
    long memoryBytes() {
        long bytes = writer.ramBytesUsed();
        try {
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    // ---- keeping it current

    private void apply(LiveEvent event) {
        String id = event.data().get("readingId");
        switch (event.kind()) {
            case "reading.note-added" -> {
                // Notes are not searched.
            }
            case "reading.removed" -> delete(id);
            case "reading.imported" -> reindexProgramSince(event.data().get("programId"),
                    event.at().minus(IMPORT_WINDOW));
            // A renamed theme changes readings of the whole program; rare enough to read them all again.
            case "reading.themes-changed" -> reindexProgramSince(event.data().get("programId"), java.time.Instant.EPOCH);
            default -> {
                if (id != null) {
                    reindexNow(id);
                }
            }
        }
    }

    /**
     * Indexes these readings as given (just written by this node). On the worker, after whatever it is doing: a
     * reindex under way there may have read an older copy of the same reading, and must not overwrite this one.
     */
    void put(Collection<Reading> readings) {
        onWorker(() -> write(readings));
    }

    /** Indexes the reading as it is in the database now (on the worker, in order with everything else). */
    void reindex(String id) {
        onWorker(() -> reindexNow(id));
    }

    void remove(String id) {
        onWorker(() -> delete(id));
    }

    private void onWorker(Runnable task) {
        if (Thread.currentThread().getName().equals(WORKER_NAME)) {
            task.run();
            return;
        }
        try {
            worker.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write(Collection<Reading> readings) {
        try {
            for (Reading reading : readings) {
                writer.updateDocument(new Term(ID, reading.id()), document(reading));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reading as it is in the database now, or removed if it is gone; on the worker. */
    private void reindexNow(String id) {
        Reading reading = mongo.findById(id, Reading.class);
        if (reading == null || reading.pendingImport() != null) {
            delete(id);
        } else {
            write(List.of(reading));
        }
    }

    private void delete(String id) {
        if (id == null) {
            return;
        }
        try {
            writer.deleteDocuments(new Term(ID, id));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reindexProgramSince(String programId, java.time.Instant since) {
        if (programId == null) {
            return;
        }
        put(mongo.find(org.springframework.data.mongodb.core.query.Query.query(Criteria.where("programId").is(programId)
                .and("changedAt").gte(since).andOperator(Reading.visible())), Reading.class));
    }

    // ---- documents

    private static Document document(Reading r) {
        Document doc = new Document();
        doc.add(new StringField(ID, r.id(), Store.YES));
        doc.add(new StringField(PROGRAM, r.programId(), Store.NO));
        doc.add(new StringField(OWNER, owner(r.scope(), r.teamId()), Store.NO));
        if (r.teamId() != null) {
            doc.add(new KeywordField(TEAM, r.teamId(), Store.NO));
        }
        for (String theme : new LinkedHashSet<>(r.themes())) {
            doc.add(new KeywordField(THEME, theme, Store.YES));
        }
        if (r.kind() != null) {
            doc.add(new KeywordField(KIND, r.kind().name(), Store.YES));
        }
        if (r.evidence() != null) {
            doc.add(new KeywordField(EVIDENCE, r.evidence().name(), Store.YES));
        }
        if (r.year() != null) {
            doc.add(new IntField(YEAR, r.year(), Store.YES));
        }
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(titleKey(r.title()))));
        doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(r.id())));
        doc.add(new StoredField(STORED_TITLE, r.title() == null ? "" : r.title()));
        r.authors().forEach(a -> doc.add(new StoredField(STORED_AUTHOR, a)));
        doc.add(new StoredField(STORED_SCOPE, r.scope().name()));
        if (r.teamName() != null) {
            doc.add(new StoredField(STORED_TEAM_NAME, r.teamName()));
        }
        if (r.attachment() != null) {
            doc.add(new StoredField(STORED_PDF, 1));
        }
        String language = ReadingAnalysis.language(r.language());
        doc.add(new TextField(ReadingAnalysis.field("title", language), nonNull(r.title()), Store.NO));
        List<String> meta = new ArrayList<>(r.authors());
        meta.add(nonNull(r.source()));
        meta.addAll(r.themes());
        doc.add(new TextField(ReadingAnalysis.field("meta", language), String.join("\n", meta), Store.NO));
        // Stored, for the snippets: the team's summary, its discussion questions, the PDF's text.
        List<String> text = new ArrayList<>();
        text.add(nonNull(r.summary()));
        text.addAll(r.questions());
        text.add(nonNull(r.pdfText()));
        doc.add(new Field(ReadingAnalysis.field("text", language),
                String.join("\n\n", text.stream().filter(t -> !t.isBlank()).toList()), TEXT_WITH_OFFSETS));
        return doc;
    }

    private static String owner(ReadingScope scope, String teamId) {
        return scope == ReadingScope.LIBRARY ? LIBRARY_OWNER : "team:" + teamId;
    }

    /** Lower case, with å, ä, ö (and æ, ø) after z in Swedish order, for sorting by title. */
    private static String titleKey(String title) {
        String key = nonNull(title).toLowerCase(Locale.ROOT).replace("å", "{a").replace("æ", "{b").replace("ä", "{b")
                .replace("ø", "{c").replace("ö", "{c");
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    // ---- searching

    List<LibraryHit> search(Access access, LibrarySearch search, int offset, int limit) {
        return page(access, search, null, offset, limit).hits();
    }

    /**
     * The hits from {@code offset} on, searched for after {@code from} when it is a cursor of this search at or
     * before {@code offset} (only the hits between the two are sorted then), else from the first hit.
     */
    LibraryPage page(Access access, LibrarySearch search, LibraryCursor from, int offset, int limit) {
        if (limit <= 0) {
            return new LibraryPage(List.of(), null);
        }
        int start = Math.max(0, offset);
        return withSearcher(searcher -> {
            LibraryCursor cursor = from != null && from.position() <= start
                    && from.fits(access.programId(), search, version(searcher)) ? from : null;
            Query query = withFacetFilters(base(access, search), search);
            int skip = cursor == null ? start : start - cursor.position();
            TopFieldDocs top = cursor == null ? searcher.search(query, skip + limit, sort(search), false)
                    : searcher.searchAfter(cursor.after(searcher.getIndexReader().maxDoc()), query, skip + limit, sort(search), false);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(skip, top.scoreDocs.length),
                    top.scoreDocs.length);
            return page(searcher, access, search, query, page, start);
        });
    }

    /**
     * One pass for what a change of the search shows: the facet counts (with the total) and the first
     * {@code limit} hits, collected together from the readings the base query matches.
     */
    LibraryResult facetsAndFirstPage(Access access, LibrarySearch search, int limit) {
        return withSearcher(searcher -> {
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort(search), Math.max(1, limit), null,
                    Integer.MAX_VALUE);
            FacetCounts counts = searcher.search(base(access, search), new FacetCounts.Manager(chosen(search), top));
            ScoreDoc[] first = limit <= 0 ? new ScoreDoc[0] : counts.hits().scoreDocs;
            LibraryPage page = page(searcher, access, search, withFacetFilters(base(access, search), search), first, 0);
            return new LibraryResult(facets(counts), page);
        });
    }

    private LibraryPage page(IndexSearcher searcher, Access access, LibrarySearch search, Query query,
            ScoreDoc[] page, int start) throws IOException {
        int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Map<Integer, List<Snippet>> snippets = search.hasText() ? snippets(searcher, query, docs) : Map.of();
        StoredFields stored = searcher.storedFields();
        List<LibraryHit> hits = new ArrayList<>(docs.length);
        for (int doc : docs) {
            hits.add(new LibraryHit(summary(stored.document(doc)), snippets.getOrDefault(doc, List.of())));
        }
        LibraryCursor next = page.length == 0 ? null
                : new LibraryCursor(access.programId(), search, start + page.length, (FieldDoc) page[page.length - 1],
                        version(searcher));
        return new LibraryPage(hits, next);
    }

    int count(Access access, LibrarySearch search) {
        return withSearcher(searcher -> searcher.count(withFacetFilters(base(access, search), search)));
    }

    LibraryFacets facets(Access access, LibrarySearch search) {
        return facets(withSearcher(searcher -> searcher.search(base(access, search),
                new FacetCounts.Manager(chosen(search)))));
    }

    private static LibraryFacets facets(FacetCounts counts) {
        Map<ReadingKind, Integer> kinds = new EnumMap<>(ReadingKind.class);
        counts.dimension(1).forEach((k, n) -> kinds.put(ReadingKind.valueOf(k), n));
        Map<Evidence, Integer> evidence = new EnumMap<>(Evidence.class);
        counts.dimension(2).forEach((k, n) -> evidence.put(Evidence.valueOf(k), n));
        return new LibraryFacets(counts.total(), counts.dimension(0), kinds, evidence, counts.dimension(3));
    }

    /** The chosen values per facet dimension, in the order of {@link FacetCounts#FIELDS}. */
    private static List<Set<String>> chosen(LibrarySearch search) {
        return List.of(search.themes(), names(search.kinds()), names(search.evidence()), search.teamIds());
    }

    /** Changes with every change of the index the searcher sees. */
    private static long version(IndexSearcher searcher) {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    }

    private interface SearcherCall<T> {
        T call(IndexSearcher searcher) throws IOException;
    }

    /** Runs the call on the latest searcher, which stays open until it returns. */
    private <T> T withSearcher(SearcherCall<T> call) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return call.call(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The viewer's access, the words and the year range: what every facet is counted within. */
    private Query base(Access access, LibrarySearch search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(PROGRAM, access.programId())), Occur.FILTER);
        List<BytesRef> owners = new ArrayList<>();
        owners.add(new BytesRef(LIBRARY_OWNER));
        access.insideTeamIds().forEach(team -> owners.add(new BytesRef(owner(ReadingScope.TEAM, team))));
        query.add(new TermInSetQuery(OWNER, owners), Occur.FILTER);
        if (search.yearFrom() != null || search.yearTo() != null) {
            query.add(IntField.newRangeQuery(YEAR, search.yearFrom() == null ? Integer.MIN_VALUE : search.yearFrom(),
                    search.yearTo() == null ? Integer.MAX_VALUE : search.yearTo()), Occur.FILTER);
        }
        Query words = search.hasText() ? words(search.text()) : null;
        query.add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
        return query.build();
    }

    /** The base query narrowed by the chosen facet values. */
    private static Query withFacetFilters(Query base, LibrarySearch search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(base, Occur.MUST);
        List<Set<String>> chosen = chosen(search);
        for (int d = 0; d < chosen.size(); d++) {
            if (!chosen.get(d).isEmpty()) {
                query.add(KeywordField.newSetQuery(FacetCounts.FIELDS.get(d),
                        chosen.get(d).stream().map(BytesRef::new).toList()), Occur.FILTER);
            }
        }
        return query.build();
    }

    /**
     * Every word must be found, in any of the reading's fields, analysed as each language would. A word that some
     * language drops as a stop word ("och", "the") is left out, or it could never match readings in the others.
     */
    private Query words(String text) {
        QueryBuilder builder = new QueryBuilder(searchAnalyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int used = 0;
        for (String word : text.strip().split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || used >= MAX_WORDS) {
                continue;
            }
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            boolean stopWord = false;
            for (String language : ReadingAnalysis.LANGUAGES) {
                for (Map.Entry<String, Float> field : ReadingAnalysis.TEXT_FIELDS.entrySet()) {
                    Query q = builder.createBooleanQuery(ReadingAnalysis.field(field.getKey(), language), word);
                    if (q == null) {
                        stopWord = true;
                    } else {
                        anyField.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
                    }
                }
            }
            if (!stopWord) {
                all.add(anyField.build(), Occur.MUST);
                used++;
            }
        }
        return used == 0 ? null : all.build();
    }

    private static Sort sort(LibrarySearch search) {
        SortedNumericSortField newest = new SortedNumericSortField(YEAR, SortField.Type.INT, true);
        newest.setMissingValue(Integer.MIN_VALUE);
        SortedNumericSortField oldest = new SortedNumericSortField(YEAR, SortField.Type.INT, false);
        oldest.setMissingValue(Integer.MAX_VALUE);
        SortField title = new SortField(TITLE_SORT, SortField.Type.STRING);
        SortField id = new SortField(ID_SORT, SortField.Type.STRING);
        return switch (search.sort()) {
            case RELEVANCE -> search.hasText() ? new Sort(SortField.FIELD_SCORE, newest, title, id)
                    : new Sort(newest, title, id);
            case NEWEST -> new Sort(newest, title, id);
            case OLDEST -> new Sort(oldest, title, id);
        };
    }

    private Map<Integer, List<Snippet>> snippets(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        if (docs.length == 0) {
            return Map.of();
        }
        String[] fields = ReadingAnalysis.LANGUAGES.stream().map(l -> ReadingAnalysis.field("text", l))
                .toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 2);
        Map<String, Object[]> found = new SnippetHighlighter(searcher, indexAnalyzer).snippets(fields, query, docs,
                passages);
        Map<Integer, List<Snippet>> byDoc = new HashMap<>();
        for (Object[] perDoc : found.values()) {
            for (int i = 0; i < docs.length; i++) {
                if (perDoc[i] instanceof List<?> list && !list.isEmpty()) {
                    List<Snippet> snippets = byDoc.computeIfAbsent(docs[i], d -> new ArrayList<>());
                    list.forEach(s -> snippets.add((Snippet) s));
                }
            }
        }
        return byDoc;
    }

    private static ReadingSummary summary(Document d) {
        String kind = d.get(KIND);
        String evidence = d.get(EVIDENCE);
        Number year = d.getField(YEAR) == null ? null : d.getField(YEAR).numericValue();
        return new ReadingSummary(new ReadingId(d.get(ID)), d.get(STORED_TITLE), List.of(d.getValues(STORED_AUTHOR)),
                year == null ? null : year.intValue(), kind == null ? null : ReadingKind.valueOf(kind),
                evidence == null ? null : Evidence.valueOf(evidence), List.of(d.getValues(THEME)),
                ReadingScope.valueOf(d.get(STORED_SCOPE)), d.get(STORED_TEAM_NAME), d.getField(STORED_PDF) != null);
    }

    private static <E extends Enum<E>> Set<String> names(Set<E> values) {
        Set<String> names = new LinkedHashSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
