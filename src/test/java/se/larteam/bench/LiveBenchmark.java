package se.larteam.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

import se.larteam.Application;
import se.larteam.database.StandaloneEmbeddedServer;
import se.larteam.live.LiveEvent;
import se.larteam.live.LiveListener;
import se.larteam.live.LiveUpdates;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamLive;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Live-update benchmark; prints numbers, asserts nothing. Run with {@code ./mvnw -Pbench verify} (options:
 * {@code -Dbench.backend=h2|memory}, {@code -Dbench.seconds=60}, {@code -Dbench.rate=50},
 * {@code -Dbench.subscribers=500}).
 * <ol>
 * <li>The idle watcher's poll cost on the embedded server: empty, after 100,000 writes, and after trimming.</li>
 * <li>Two application nodes on one server already holding 100,000 earlier writes, with subscribers on node B and
 * changes made through node A's services at a fixed rate: latency from write to callback, events lost, and the
 * idle CPU of the whole JVM (both nodes and the server) afterwards.</li>
 * </ol>
 */
public final class LiveBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LiveBenchmark.class);

    public static void main(String[] args) throws Exception {
        String backend = System.getProperty("bench.backend", "h2");
        int seconds = Integer.getInteger("bench.seconds", 60);
        int rate = Integer.getInteger("bench.rate", 50);
        int subscribers = Integer.getInteger("bench.subscribers", 500);
        int earlierWrites = Integer.getInteger("bench.earlier-writes", 100_000);
        Path dir = Files.createTempDirectory("larteam-bench");
        // The application's own embedded set-up; the benchmark owns it, so it trims it as a node trims its own.
        StandaloneEmbeddedServer server = StandaloneEmbeddedServer.start(backend, dir);
        String uri = server.connectionString();
        var trimmer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        trimmer.scheduleWithFixedDelay(() -> server.trimOplog(Duration.ofMinutes(2)), 10, 10,
                java.util.concurrent.TimeUnit.SECONDS);
        try {
            report("backend: %s (mongo-java-server, %s)", backend, backend.equals("h2") ? dir : "in memory");
            pollCost(server, uri, earlierWrites);
            twoNodes(uri, seconds, rate, subscribers);
        } finally {
            trimmer.shutdownNow();
            server.close();
        }
    }

    /** Part 1: what one idle {@code tryNext} on a followed collection costs as its oplog grows, and after trimming. */
    private static void pollCost(StandaloneEmbeddedServer server, String uri, int writes) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> events = client.getDatabase("bench").getCollection("earlier_writes");
            report("idle poll, empty oplog: %.2f ms", idlePoll(events)); // followed from now on
            MongoCollection<Document> filler = events;
            List<Document> batch = new ArrayList<>();
            long writeStart = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                batch.add(new Document("n", i).append("text", "tidigare skrivning " + i));
                if (batch.size() == 1_000) {
                    filler.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                filler.insertMany(batch);
            }
            report("wrote %,d documents in batches of 1,000: %.0f writes/s", writes,
                    writes / ((System.nanoTime() - writeStart) / 1e9));
            report("idle poll after %,d writes, untrimmed: %.2f ms", writes, idlePoll(events));
            // What the node's OplogTrimmer does on its schedule, once every entry is older than the window.
            long deleted = server.trimOplog(Duration.ofMinutes(-5));
            report("trimmed %,d oplog entries; idle poll after trimming: %.2f ms", deleted, idlePoll(events));
            report("(the node polls every 100 ms when idle: 1 ms per poll is about 1%% of one core)");
        }
    }

    /** Mean of ten idle polls after three to warm up. */
    private static double idlePoll(MongoCollection<Document> collection) {
        try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = collection.watch().cursor()) {
            for (int i = 0; i < 3; i++) {
                cursor.tryNext();
            }
            int rounds = 10;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                cursor.tryNext();
            }
            return (System.nanoTime() - start) / 1e6 / rounds;
        }
    }

    /** Part 2: two nodes, subscribers on B, changes through A's services. */
    private static void twoNodes(String uri, int seconds, int rate, int subscribers) throws Exception {
        // The database that already holds part 1's earlier writes.
        String database = "bench";
        try (ConfigurableApplicationContext nodeA = node(uri, database);
                ConfigurableApplicationContext nodeB = node(uri, database)) {
            UserService users = nodeA.getBean(UserService.class);
            ProgramService programs = nodeA.getBean(ProgramService.class);
            TeamService teams = nodeA.getBean(TeamService.class);
            // Ten small worlds: 20 teams; subscribers are members spread over them.
            List<World> worlds = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                worlds.add(World.create(users, programs, teams));
            }
            List<World.Side> sides = worlds.stream().flatMap(w -> java.util.stream.Stream.of(w.a(), w.b())).toList();

            LiveUpdates liveOnB = nodeB.getBean(LiveUpdates.class);
            Map<String, Integer> subscribersPerTeam = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
            AtomicLong received = new AtomicLong();
            LiveListener listener = new LiveListener() {
                @Override
                public void onEvent(LiveEvent event) {
                    if (event.kind().equals("team.renamed")) {
                        latenciesMicros.add(Duration.between(event.at(), Instant.now()).toNanos() / 1_000);
                        received.incrementAndGet();
                    }
                }
            };
            for (int i = 0; i < subscribers; i++) {
                World.Side side = sides.get(i % sides.size());
                UserId member = i % 2 == 0 ? side.member() : side.processLeader();
                liveOnB.subscribe(member, TeamLive.topic(side.team()), listener);
                subscribersPerTeam.merge(side.team().value(), 1, Integer::sum);
            }
            report("two nodes: %d subscribers on node B over %d teams; %d changes/s through node A for %d s",
                    subscribers, sides.size(), rate, seconds);

            long expected = 0;
            long intervalNanos = 1_000_000_000L / rate;
            long start = System.nanoTime();
            int total = seconds * rate;
            for (int i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                World.Side side = sides.get(i % sides.size());
                teams.rename(side.organiser(), side.team(), "Lärteam " + i);
                expected += subscribersPerTeam.getOrDefault(side.team().value(), 0);
            }
            double achieved = total / ((System.nanoTime() - start) / 1e9);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (received.get() < expected && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            report("achieved %.1f changes/s; deliveries expected %,d, received %,d, lost %,d", achieved, expected,
                    received.get(), Math.max(0, expected - received.get()));
            report("write -> subscriber callback across nodes: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
            idleCpu(Duration.ofSeconds(10));
            report("cores: %d", Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * CPU while nothing happens, split by thread: the shared server's threads ({@code mongo-server-*}) stand for the
     * database; everything else is the two application nodes.
     */
    private static void idleCpu(Duration window) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        // Let the JIT and the garbage collector settle after the load.
        Thread.sleep(10_000);
        Map<Long, Long> before = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            before.put(id, threads.getThreadCpuTime(id));
        }
        long processBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        Thread.sleep(window.toMillis());
        long wall = System.nanoTime() - wallBefore;
        Map<String, Long> byGroup = new java.util.TreeMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = threads.getThreadCpuTime(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
            String group = info.getThreadName().startsWith("mongo-server") ? "database server" : "application nodes";
            byGroup.merge(group, Math.max(0, used), Long::sum);
            if (used > wall / 1000) {
                log.info("[bench]   thread {}: {} ms", info.getThreadName(), used / 1_000_000);
            }
        }
        report("idle CPU, %d s with nothing happening: whole JVM %.2f%% of one core; both application nodes %.2f%% "
                + "(so one node about %.2f%%); the database server %.2f%%", window.toSeconds(),
                100.0 * (os.getProcessCpuTime() - processBefore) / wall,
                100.0 * byGroup.getOrDefault("application nodes", 0L) / wall,
                50.0 * byGroup.getOrDefault("application nodes", 0L) / wall,
                100.0 * byGroup.getOrDefault("database server", 0L) / wall);
    }

    private static double percentile(List<Long> sortedMicros, int percentile) {
        if (sortedMicros.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }

    private static ConfigurableApplicationContext node(String uri, String database) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--larteam.mongodb.uri=" + uri,
                "--larteam.mongodb.database=" + database,
                "--larteam.demo-data=false",
                "--larteam.security.password-strength=4",
                "--logging.level.root=warn");
    }

    private static void report(String format, Object... args) {
        log.warn("[bench] " + String.format(format, args));
    }

    private LiveBenchmark() {
    }

}
