package se.larteam.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;


import se.larteam.collab.CollabService;
import se.larteam.database.StandaloneEmbeddedServer;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.AppNodes;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/**
 * Co-editing benchmark; prints numbers, asserts nothing. The load client is {@code frontend/test/collab-load.mjs}:
 * the official {@code @hocuspocus/provider} in Node, every editor on its own websocket, measuring from one
 * editor's edit to its receipt by every other editor of the document. The same load runs against one Lärteam node
 * (embedded MongoDB in the same JVM, every update stored in the log) and against the reference
 * {@code @hocuspocus/server} (its own Node process, in memory, no persistence), one after the other; server CPU and
 * memory are read from {@code /proc} for both processes alike; for Lärteam they are also split into the embedded
 * database's threads (mongo-java-server and H2, which the reference does without) and the rest of the node, and the
 * load client's own CPU is printed, to see whether it is the bottleneck. The embedded server's oplog is trimmed as
 * the application trims the server it owns (2 minutes kept, every 10 s). A last scenario runs a second node on the
 * same database and measures updates and awareness between editors on different nodes. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec@collab-benchmark} (or as part of {@code ./mvnw -Pbench verify}).
 * Options: {@code -Dbench.backend=h2|memory}, {@code -Dbench.seconds=60}, {@code -Dbench.editors=1000},
 * {@code -Dbench.docs=250}, {@code -Dbench.crowd=400}, {@code -Dbench.crowd-rate=0.25}, {@code -Dbench.workers=2},
 * {@code -Dbench.cross-docs=25} (4 editors each, half on each node; 0 skips it), {@code -Dbench.warmup=15} (seconds
 * of load before measuring).
 */
public final class CollabBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CollabBenchmark.class);
    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux
    private static final Duration OPLOG_RETENTION = Duration.ofSeconds(30);
    /** Load before measuring: 5 s left the JIT compiler busy for most of a 20 s window (0.2 of 0.6 cores). */
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 15);

    private record Scenario(String name, int docs, int editorsPerDoc, double rate) {
    }

    private record Run(Document latency, double cpuCores, long rssBytes, double databaseCores, double jitCores,
            double clientCores, double seconds) {

        /**
         * Server CPU per edit sent, in ms: comparable between runs that got different shares of a busy machine (the
         * load client sends fewer edits when starved).
         */
        double cpuMsPerEdit(double cores) {
            return cores * seconds * 1000 / ((Number) latency.get("sent")).doubleValue();
        }
    }

    /** Thread names (as /proc shows them, 15 characters at most) of the embedded database in this JVM. */
    private static boolean databaseThread(String name) {
        return name.startsWith("mongo-server") || name.startsWith("H2-") || name.startsWith("MVStore");
    }

    /** The JIT compiler's threads: busy in a short run after start-up, a cost a long-running node does not have. */
    private static boolean jitThread(String name) {
        return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
    }

    public static void main(String[] args) throws Exception {
        String backend = System.getProperty("bench.backend", "h2");
        int seconds = Integer.getInteger("bench.seconds", 60);
        int editors = Integer.getInteger("bench.editors", 1000);
        int docs = Integer.getInteger("bench.docs", 250);
        int crowd = Integer.getInteger("bench.crowd", 400);
        double crowdRate = Double.parseDouble(System.getProperty("bench.crowd-rate", "0.25"));
        int workers = Integer.getInteger("bench.workers", 2);
        int crossDocs = Integer.getInteger("bench.cross-docs", 25);
        List<Scenario> scenarios = List.of(
                new Scenario(editors + " editors in " + docs + " documents, 2 edits/s each", docs, editors / docs, 2),
                new Scenario(crowd + " editors in one document, " + crowdRate + " edits/s each", 1, crowd,
                        crowdRate));

        Path dir = Files.createTempDirectory("larteam-collab-bench");
        // The application's own embedded set-up, shared by the nodes, trimmed as a node trims it.
        StandaloneEmbeddedServer server = StandaloneEmbeddedServer.start(backend, dir);
        String uri = server.connectionString();
        ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor();
        try {
            trimmer.scheduleWithFixedDelay(() -> trimOplog(server), 5, 5, TimeUnit.SECONDS);
            run(backend, dir, uri, seconds, scenarios, workers, crossDocs);
        } finally {
            trimmer.shutdownNow();
            server.close();
        }
        report("load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /** As the application trims the embedded server it owns (see {@code EmbeddedMongo.trimOplog}). */
    private static void trimOplog(StandaloneEmbeddedServer server) {
        try {
            server.trimOplog(OPLOG_RETENTION);
        } catch (RuntimeException e) {
            log.warn("Could not trim the oplog", e);
        }
    }

    private static void run(String backend, Path dir, String uri, int seconds, List<Scenario> scenarios, int workers,
            int crossDocs) throws Exception {
        report("backend: %s (mongo-java-server in the server's JVM, %s, oplog in memory); cores: %d; load average "
                + "at start: %s",
                backend, backend.equals("h2") ? dir : "in memory", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        String secret = "--larteam.collab.token-secret=" + UUID.randomUUID();
        try (ConfigurableApplicationContext node = AppNodes.start(uri, "bench", false, 0, secret)) {
            int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            World world = World.create(node.getBean(UserService.class), node.getBean(ProgramService.class),
                    node.getBean(TeamService.class));
            MeetingService meetings = node.getBean(MeetingService.class);
            CollabService collab = node.getBean(CollabService.class);
            long self = ProcessHandle.current().pid();
            for (Scenario scenario : scenarios) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < scenario.docs(); i++) {
                    names.add("meeting-notes:" + World.meeting(meetings, world.a()).value());
                }
                // Tokens last five minutes and are only checked when a document is opened.
                List<String> tokens = List.of(collab.issueToken(world.a().member()),
                        collab.issueToken(world.a().processLeader()));
                report("scenario: %s, %d s measured", scenario.name(), seconds);
                Run ours = load(List.of("ws://127.0.0.1:" + port + "/collab"), self, scenario, names, tokens,
                        seconds, workers);
                Run reference = againstReference(scenario, names, seconds, workers);
                print("Lärteam /collab", ours);
                print("@hocuspocus/server 4.7.0", reference);
                report("  ratios Lärteam/reference: p50 %.2f, p95 %.2f, p99 %.2f, CPU %.2f, CPU per edit %.2f "
                        + "(without the embedded database %.2f), memory %.2f", ratio(ours, reference, "p50"),
                        ratio(ours, reference, "p95"), ratio(ours, reference, "p99"),
                        ours.cpuCores() / reference.cpuCores(),
                        ours.cpuMsPerEdit(ours.cpuCores()) / reference.cpuMsPerEdit(reference.cpuCores()),
                        ours.cpuMsPerEdit(ours.cpuCores() - ours.databaseCores())
                                / reference.cpuMsPerEdit(reference.cpuCores()),
                        (double) ours.rssBytes() / reference.rssBytes());
            }
            if (crossDocs > 0) {
                acrossNodes(node, uri, secret, world, meetings, collab, crossDocs, seconds, workers);
            }
        }
    }

    /**
     * Two nodes on one database (the second in this JVM too): a document's editors alternate between them, and the
     * load client reports the latency of updates and of awareness from an editor on one node to one on the other.
     */
    private static void acrossNodes(ConfigurableApplicationContext nodeA, String uri, String secret, World world,
            MeetingService meetings, CollabService collab, int docs, int seconds, int workers) throws Exception {
        try (ConfigurableApplicationContext nodeB = AppNodes.start(uri, "bench", false, 0, secret)) {
            Scenario scenario = new Scenario(docs * 4 + " editors in " + docs
                    + " documents on two nodes, 2 edits/s and 2 awareness changes/s each", docs, 4, 2);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < docs; i++) {
                names.add("meeting-notes:" + World.meeting(meetings, world.a()).value());
            }
            List<String> tokens = List.of(collab.issueToken(world.a().member()),
                    collab.issueToken(world.a().processLeader()));
            report("scenario: %s, %d s measured", scenario.name(), seconds);
            Run run = load(List.of(url(nodeA), url(nodeB)), ProcessHandle.current().pid(), scenario, names, tokens,
                    seconds, workers);
            print("Lärteam, both nodes", run);
            Document l = run.latency();
            report("  node A -> node B: updates p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%,d received); "
                    + "awareness p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%,d received)",
                    num(l, "crossP50"), num(l, "crossP95"), num(l, "crossP99"), num(l, "crossMax"),
                    ((Number) l.get("crossReceived")).longValue(), num(l, "awarenessP50"), num(l, "awarenessP95"),
                    num(l, "awarenessP99"), num(l, "awarenessMax"), ((Number) l.get("awarenessReceived")).longValue());
        }
    }

    private static String url(ConfigurableApplicationContext node) {
        return "ws://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + "/collab";
    }

    private static Run againstReference(Scenario scenario, List<String> names, int seconds, int workers)
            throws Exception {
        Process reference = new ProcessBuilder("node", "test/hocuspocus-reference.mjs").directory(new File("frontend"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(reference.getInputStream(),
                    StandardCharsets.UTF_8));
            Document started = Document.parse(out.readLine());
            return load(List.of("ws://127.0.0.1:" + started.getInteger("port")), reference.pid(), scenario, names,
                    List.of("reference"), seconds, workers);
        } finally {
            reference.destroy();
            reference.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Runs the load client; the server's CPU is what its process used during the measured window. */
    private static Run load(List<String> urls, long serverPid, Scenario scenario, List<String> names,
            List<String> tokens, int seconds, int workers) throws Exception {
        Document spec = new Document("urls", urls).append("docs", names).append("tokens", tokens)
                .append("editorsPerDoc", scenario.editorsPerDoc()).append("rate", scenario.rate())
                .append("seconds", seconds).append("warmupSeconds", WARMUP_SECONDS).append("workers", workers);
        Process client = new ProcessBuilder("node", "test/collab-load.mjs", spec.toJson())
                .directory(new File("frontend")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Document measuring = Document.parse(out.readLine());
        if (!"measuring".equals(measuring.getString("phase"))) {
            throw new IllegalStateException("load client: " + measuring.toJson());
        }
        long cpuBefore = cpuTicks(serverPid);
        long databaseBefore = threadTicks(serverPid, CollabBenchmark::databaseThread);
        long jitBefore = threadTicks(serverPid, CollabBenchmark::jitThread);
        long clientBefore = cpuTicks(client.pid());
        long clientTicks = clientBefore;
        long wallBefore = System.nanoTime();
        long peakRss = 0;
        Document result = null;
        while (result == null) {
            peakRss = Math.max(peakRss, rss(serverPid));
            clientTicks = Math.max(clientTicks, cpuTicksOrZero(client.pid()));
            if (out.ready() || !client.isAlive()) {
                String line = out.readLine();
                if (line == null) {
                    throw new IllegalStateException("the load client ended without a result");
                }
                result = Document.parse(line);
            } else {
                Thread.sleep(500);
            }
        }
        double wall = Math.min(System.nanoTime() - wallBefore, TimeUnit.SECONDS.toNanos(seconds + 2)) / 1e9;
        double cores = (cpuTicks(serverPid) - cpuBefore) / (double) CLOCK_TICKS / wall;
        double databaseCores = (threadTicks(serverPid, CollabBenchmark::databaseThread) - databaseBefore)
                / (double) CLOCK_TICKS / wall;
        double jitCores = (threadTicks(serverPid, CollabBenchmark::jitThread) - jitBefore) / (double) CLOCK_TICKS
                / wall;
        double clientCores = (clientTicks - clientBefore) / (double) CLOCK_TICKS / wall;
        client.waitFor(30, TimeUnit.SECONDS);
        if (result.containsKey("error")) {
            throw new IllegalStateException("load client: " + result.getString("error"));
        }
        return new Run(result, cores, peakRss, databaseCores, jitCores, clientCores, wall);
    }

    private static void print(String server, Run run) {
        Document l = run.latency();
        report("  %-26s p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %7.1f ms; received %,d of %,d; connect+sync "
                + "%,d ms", server, num(l, "p50"), num(l, "p95"), num(l, "p99"), num(l, "max"),
                ((Number) l.get("received")).longValue(), ((Number) l.get("expected")).longValue(),
                ((Number) l.get("connectMs")).longValue());
        report("  %-26s messages the editors received while measuring: %s", "",
                l.get("messages") instanceof Document m ? m.toJson() : "?");
        report("  %-26s server CPU %.2f cores (of which embedded database %.2f, JIT compiler %.2f), %.3f ms per edit "
                + "(%.3f ms without the embedded database); peak RSS %,d MB; load client CPU %.2f cores", "",
                run.cpuCores(), run.databaseCores(), run.jitCores(), run.cpuMsPerEdit(run.cpuCores()),
                run.cpuMsPerEdit(run.cpuCores() - run.databaseCores()), run.rssBytes() / (1024 * 1024),
                run.clientCores());
    }

    private static double num(Document d, String key) {
        Object value = d.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double ratio(Run ours, Run reference, String key) {
        return num(ours.latency(), key) / num(reference.latency(), key);
    }

    /** utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long cpuTicksOrZero(long pid) {
        try {
            return cpuTicks(pid);
        } catch (IOException e) {
            return 0; // the process has ended
        }
    }

    /** utime + stime of the process's threads with such names, in clock ticks. */
    private static long threadTicks(long pid, java.util.function.Predicate<String> named) throws IOException {
        long ticks = 0;
        try (var threads = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path thread : threads.toList()) {
                try {
                    if (named.test(Files.readString(thread.resolve("comm")).trim())) {
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static void report(String format, Object... args) {
        log.warn("[bench] " + String.format(format, args));
    }

    private CollabBenchmark() {
    }
}
