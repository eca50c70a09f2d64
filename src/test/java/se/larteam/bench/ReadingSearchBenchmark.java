package se.larteam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.larteam.Application;
import se.larteam.program.ProgramDetails;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.reading.Evidence;
import se.larteam.reading.LibraryPage;
import se.larteam.reading.LibrarySearch;
import se.larteam.reading.LibrarySort;
import se.larteam.reading.ReadingIndexProbe;
import se.larteam.reading.ReadingKind;
import se.larteam.reading.ReadingService;
import se.larteam.team.TeamId;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Library search benchmark; prints numbers, asserts nothing. Writes 100,000 generated readings (Swedish, English
 * and Norwegian; a fifth with a PDF's text; 40% owned by 50 teams, the rest in the library) of one program straight
 * to MongoDB, rebuilds the Lucene index from it as at start-up and prints the time and the index's memory, then
 * searches through {@link ReadingService} as a team member (access checks included) and prints p50/p95 of what one
 * change of the search costs the library page: the facet counts with the hit count and the first page of 50 with
 * passages, in one pass (and, alternating with it, the earlier two calls), then pages 40,000 rows down by cursor. Run with {@code ./mvnw -Pbench test-compile exec:exec@reading-search-benchmark} (options:
 * {@code -Dbench.backend=h2|memory}, {@code -Dbench.readings=100000}, {@code -Dbench.samples=300}).
 */
public final class ReadingSearchBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ReadingSearchBenchmark.class);
    private static final int TEAMS = 50;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final String[] WORDS = { "skolutveckling", "kollegialt", "lärande", "ledarskap", "rektorn",
            "undervisningen", "bedömning", "formativ", "elevhälsan", "vårdnadshavare", "läroplanen", "digitalisering",
            "likvärdighet", "matematikundervisning", "läsförståelse", "förskolan", "återkoppling", "lärarnas",
            "forskningsöversikt", "kvalitetsarbete", "huvudmannen", "organisation", "styrning", "språkutveckling",
            "professionella", "samtal", "klassrummet", "elevernas", "motivation", "studiero", "inkludering",
            "specialpedagogik", "utvärdering", "skolledare", "förbättringsarbete", "systematiskt", "praktik",
            "beprövad", "erfarenhet", "vetenskaplig", "grund", "årskurs", "gymnasieskolan", "betyg", "nationella" };
    private static final String[] ENGLISH = { "teachers", "professional", "learning", "communities", "leadership",
            "feedback", "assessment", "school", "improvement", "evidence", "classroom", "students", "reading" };
    private static final String[] NORWEGIAN = { "lærere", "skolene", "læring", "ledelse", "vurdering", "elevene",
            "undervisning", "profesjonelle", "fellesskap", "utvikling" };
    private static final String[] THEMES = { "kollegialt lärande", "ledarskap", "skolutveckling", "undervisning",
            "bedömning", "systematiskt kvalitetsarbete", "vårdnadshavare", "elevhälsa", "förskola", "digitalisering",
            "likvärdighet", "organisation och styrning" };
    private static final String[] QUERIES = { "utveckling", "ledare", "bedömning", "skolor", "lärande rektor",
            "elevhälsa", "feedback", "teacher", "läsförståelse", "kvalitet", "digitalisering skolan", "lærere",
            "formativ bedömning", "undervisning", "styrning", "matematik", "förskola", "klassrum", "hälsa" };

    public static void main(String[] args) throws Exception {
        String backend = System.getProperty("bench.backend", "h2");
        int count = Integer.getInteger("bench.readings", 100_000);
        int samples = Integer.getInteger("bench.samples", 300);
        Path dataDir = Files.createTempDirectory("larteam-search-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--larteam.mongodb.uri=", "--larteam.mongodb.embedded-backend=" + backend,
                        "--larteam.mongodb.data-dir=" + dataDir, "--larteam.demo-data=false",
                        "--larteam.security.password-strength=4", "--logging.level.root=warn")) {
            report("backend: embedded server, %s; %,d readings in one program, %d teams", backend, count, TEAMS);
            Setting setting = setting(app);
            long start = System.nanoTime();
            write(app.getBean(MongoTemplate.class), setting, count);
            report("wrote %,d readings to MongoDB in %.1f s", count, (System.nanoTime() - start) / 1e9);

            System.gc();
            long heapBefore = usedHeap();
            start = System.nanoTime();
            int indexed = ReadingIndexProbe.rebuild(app);
            double rebuild = (System.nanoTime() - start) / 1e9;
            System.gc();
            report("index rebuild from MongoDB: %,d readings in %.1f s; index in memory %.1f MB (heap grew %.1f MB)",
                    indexed, rebuild, ReadingIndexProbe.memoryBytes(app) / 1e6, (usedHeap() - heapBefore) / 1e6);

            measure(app.getBean(ReadingService.class), setting, samples);
        }
    }

    record Setting(ProgramId program, List<TeamId> teams, UserId member) {
    }

    private static Setting setting(ConfigurableApplicationContext app) {
        UserService users = app.getBean(UserService.class);
        ProgramService programs = app.getBean(ProgramService.class);
        TeamService teams = app.getBean(TeamService.class);
        UserId admin = TestAccounts.administrator(users);
        ProgramId program = programs.create(admin, new ProgramDetails("Forskningsbibliotek", "Åsbacka kommun", "",
                java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2027, 12, 31)));
        UserId organiser = TestAccounts.person(users, "Organisatör").id();
        programs.addPerson(admin, program, organiser, ProgramRole.ORGANISER);
        List<TeamId> ids = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            ids.add(teams.create(organiser, program, "Lärteam " + (t + 1)));
        }
        UserId member = TestAccounts.person(users, "Deltagare").id();
        teams.putMember(organiser, ids.get(0), member, TeamRole.MEMBER);
        return new Setting(program, ids, member);
    }

    /** Documents as the reading feature stores them, in batches: the service would check and index each one. */
    private static void write(MongoTemplate mongo, Setting setting, int count) {
        Random random = new Random(42);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(reading(setting, random, i));
            if (batch.size() == 2_000) {
                mongo.getCollection(ReadingIndexProbe.collection()).insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(ReadingIndexProbe.collection()).insertMany(batch);
        }
    }

    private static Document reading(Setting setting, Random random, int i) {
        int languageRoll = random.nextInt(10);
        String language = languageRoll < 8 ? "sv" : languageRoll == 8 ? "en" : "no";
        String[] words = language.equals("sv") ? WORDS : language.equals("en") ? ENGLISH : NORWEGIAN;
        boolean team = random.nextInt(10) < 4;
        TeamId teamId = setting.teams().get(random.nextInt(TEAMS));
        List<String> themes = new ArrayList<>();
        for (int t = 0; t < 1 + random.nextInt(3); t++) {
            themes.add(THEMES[random.nextInt(THEMES.length)]);
        }
        Date now = Date.from(Instant.now());
        return new Document("_id", UUID.randomUUID().toString()).append("programId", setting.program().value())
                .append("teamId", team ? teamId.value() : null).append("teamName", team ? "Lärteam" : null)
                .append("scope", team ? "TEAM" : "LIBRARY").append("title", text(random, words, 4 + random.nextInt(6)))
                .append("authors", List.of("Författare " + random.nextInt(5000), "Medförfattare " + random.nextInt(5000)))
                .append("year", 1990 + random.nextInt(36))
                .append("kind", ReadingKind.values()[random.nextInt(ReadingKind.values().length)].name())
                .append("source", "Tidskrift " + random.nextInt(200)).append("language", language)
                .append("summary", text(random, words, 40 + random.nextInt(40))).append("themes", themes)
                .append("evidence", Evidence.values()[random.nextInt(2)].name())
                .append("questions", List.of(text(random, words, 10) + "?", text(random, words, 8) + "?"))
                .append("notes", List.of())
                .append("pdfText", random.nextInt(5) == 0 ? text(random, words, 400) : null)
                .append("addedBy", setting.member().value()).append("addedAt", now).append("changedAt", now);
    }

    private static String text(Random random, String[] words, int length) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString().strip();
    }

    // ---- measuring

    private static void measure(ReadingService readings, Setting setting, int samples) {
        Random random = new Random(7);
        run(readings, setting, Math.max(50, samples / 2), random, null, null); // warm-up, unmeasured
        Timings now = new Timings(new ArrayList<>(), new ArrayList<>());
        Timings before = new Timings(new ArrayList<>(), new ArrayList<>());
        run(readings, setting, samples, random, now, before);
        report("one search as the library page makes it (facets with the total + first 50 hits with passages), %d samples:",
                samples);
        print("  one pass (searchWithFacets), wall", now.all());
        print("  one pass, CPU of the calling thread", now.cpu());
        print("  before: facets, then search, wall", before.all());
        print("  before: CPU of the calling thread", before.cpu());

        // Scrolling down: each page searched for after the cursor of the one before, as the grid does.
        LibrarySearch all = LibrarySearch.all();
        LibraryPage page = readings.searchWithFacets(setting.member(), setting.program(), all, 50).firstPage();
        while (page.next() != null && page.next().position() < 40_000) {
            page = readings.searchPage(setting.member(), setting.program(), all, page.next(), page.next().position(), 50);
        }
        List<Long> deep = new ArrayList<>();
        List<Long> deepCpu = new ArrayList<>();
        for (int s = 0; s < 20 && page.next() != null; s++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            page = readings.searchPage(setting.member(), setting.program(), all, page.next(), page.next().position(), 50);
            deep.add((System.nanoTime() - t0) / 1000);
            deepCpu.add((THREADS.getCurrentThreadCpuTime() - cpu0) / 1000);
        }
        print("  a page 40,000 rows down (cursor), wall", deep);
        print("  a page 40,000 rows down (cursor), CPU", deepCpu);
        List<Long> offset = new ArrayList<>();
        List<Long> offsetCpu = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            readings.search(setting.member(), setting.program(), all, 40_000 + s * 50, 50);
            offset.add((System.nanoTime() - t0) / 1000);
            offsetCpu.add((THREADS.getCurrentThreadCpuTime() - cpu0) / 1000);
        }
        print("  before: 40,000 rows down by offset, wall", offset);
        print("  before: by offset, CPU", offsetCpu);
    }

    /** Microseconds per sample. */
    record Timings(List<Long> all, List<Long> cpu) {
    }

    /** Alternates the one-pass search and the earlier two calls, so both meet the same load. */
    private static void run(ReadingService readings, Setting setting, int samples, Random random, Timings now,
            Timings before) {
        for (int s = 0; s < samples; s++) {
            LibrarySearch search = search(random);
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            readings.searchWithFacets(setting.member(), setting.program(), search, 50);
            long t1 = System.nanoTime();
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            readings.facets(setting.member(), setting.program(), search);
            readings.search(setting.member(), setting.program(), search, 0, 50);
            long t2 = System.nanoTime();
            long cpu2 = THREADS.getCurrentThreadCpuTime();
            if (now != null) {
                now.all().add((t1 - t0) / 1000);
                now.cpu().add((cpu1 - cpu0) / 1000);
                before.all().add((t2 - t1) / 1000);
                before.cpu().add((cpu2 - cpu1) / 1000);
            }
        }
    }

    /** Mostly words, sometimes none; a third with a facet or years chosen; a fifth sorted by year. */
    private static LibrarySearch search(Random random) {
        String text = random.nextInt(10) == 0 ? null : QUERIES[random.nextInt(QUERIES.length)];
        Set<String> themes = random.nextInt(3) == 0 ? Set.of(THEMES[random.nextInt(THEMES.length)]) : Set.of();
        Integer from = random.nextInt(4) == 0 ? 2010 : null;
        Set<Evidence> evidence = random.nextInt(4) == 0 ? Set.of(Evidence.RESEARCH) : Set.of();
        LibrarySort sort = random.nextInt(5) == 0 ? LibrarySort.NEWEST : LibrarySort.RELEVANCE;
        return new LibrarySearch(text, themes, from, null, null, evidence, null, sort);
    }

    private static void print(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        report("%-40s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms", what, percentile(sorted, 50),
                percentile(sorted, 95), sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void report(String format, Object... args) {
        log.warn("[bench] " + String.format(format, args));
    }

    private ReadingSearchBenchmark() {
    }
}
