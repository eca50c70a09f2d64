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

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import se.larteam.Application;
import se.larteam.collab.CollabService;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/**
 * Co-editing benchmark; prints numbers, asserts nothing. The load client is {@code frontend/test/collab-load.mjs}:
 * the official {@code @hocuspocus/provider} in Node, every editor on its own websocket, measuring from one
 * editor's edit to its receipt by every other editor of the document. The same load runs against one Lärteam node
 * (embedded MongoDB in the same JVM, every update stored in the log) and against the reference
 * {@code @hocuspocus/server} (its own Node process, in memory, no persistence), one after the other; server CPU and
 * memory are read from {@code /proc} for both processes alike. Run with
 * {@code ./mvnw -Pbench test-compile exec:exec@collab-benchmark} (or as part of {@code ./mvnw -Pbench verify}).
 * Options: {@code -Dbench.backend=h2|memory}, {@code -Dbench.seconds=60}, {@code -Dbench.editors=1000},
 * {@code -Dbench.docs=250}, {@code -Dbench.crowd=400}, {@code -Dbench.crowd-rate=0.25}, {@code -Dbench.workers=2}.
 */
public final class CollabBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CollabBenchmark.class);
    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    private record Scenario(String name, int docs, int editorsPerDoc, double rate) {
    }

    private record Run(Document latency, double cpuCores, long rssBytes) {
    }

    public static void main(String[] args) throws Exception {
        String backend = System.getProperty("bench.backend", "h2");
        int seconds = Integer.getInteger("bench.seconds", 60);
        int editors = Integer.getInteger("bench.editors", 1000);
        int docs = Integer.getInteger("bench.docs", 250);
        int crowd = Integer.getInteger("bench.crowd", 400);
        double crowdRate = Double.parseDouble(System.getProperty("bench.crowd-rate", "0.25"));
        int workers = Integer.getInteger("bench.workers", 2);
        List<Scenario> scenarios = List.of(
                new Scenario(editors + " editors in " + docs + " documents, 2 edits/s each", docs, editors / docs, 2),
                new Scenario(crowd + " editors in one document, " + crowdRate + " edits/s each", 1, crowd,
                        crowdRate));

        Path dir = Files.createTempDirectory("larteam-collab-bench");
        MongoServer server = new MongoServer(backend.equals("memory") ? new MemoryBackend()
                : new H2Backend(dir.resolve("bench.mv.db").toString()));
        server.enableOplog();
        String uri = server.bindAndGetConnectionString();
        report("backend: %s (mongo-java-server in the server's JVM, %s); cores: %d; load average at start: %s",
                backend, backend.equals("h2") ? dir : "in memory", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim());
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--larteam.mongodb.uri=" + uri, "--larteam.mongodb.database=bench",
                "--larteam.demo-data=false", "--larteam.security.password-strength=4",
                "--logging.level.root=warn")) {
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
                Run ours = load("ws://127.0.0.1:" + port + "/collab", self, scenario, names, tokens, seconds,
                        workers);
                Run reference = againstReference(scenario, names, seconds, workers);
                print("Lärteam /collab", ours);
                print("@hocuspocus/server 4.7.0", reference);
                report("  ratios Lärteam/reference: p50 %.2f, p95 %.2f, p99 %.2f, CPU %.2f, memory %.2f",
                        ratio(ours, reference, "p50"), ratio(ours, reference, "p95"), ratio(ours, reference, "p99"),
                        ours.cpuCores() / reference.cpuCores(), (double) ours.rssBytes() / reference.rssBytes());
            }
        } finally {
            server.shutdownNow();
        }
        report("load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static Run againstReference(Scenario scenario, List<String> names, int seconds, int workers)
            throws Exception {
        Process reference = new ProcessBuilder("node", "test/hocuspocus-reference.mjs").directory(new File("frontend"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(reference.getInputStream(),
                    StandardCharsets.UTF_8));
            Document started = Document.parse(out.readLine());
            return load("ws://127.0.0.1:" + started.getInteger("port"), reference.pid(), scenario, names,
                    List.of("reference"), seconds, workers);
        } finally {
            reference.destroy();
            reference.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Runs the load client; the server's CPU is what its process used during the measured window. */
    private static Run load(String url, long serverPid, Scenario scenario, List<String> names, List<String> tokens,
            int seconds, int workers) throws Exception {
        Document spec = new Document("url", url).append("docs", names).append("tokens", tokens)
                .append("editorsPerDoc", scenario.editorsPerDoc()).append("rate", scenario.rate())
                .append("seconds", seconds).append("warmupSeconds", 5).append("workers", workers);
        Process client = new ProcessBuilder("node", "test/collab-load.mjs", spec.toJson())
                .directory(new File("frontend")).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Document measuring = Document.parse(out.readLine());
        if (!"measuring".equals(measuring.getString("phase"))) {
            throw new IllegalStateException("load client: " + measuring.toJson());
        }
        long cpuBefore = cpuTicks(serverPid);
        long wallBefore = System.nanoTime();
        long peakRss = 0;
        Document result = null;
        while (result == null) {
            peakRss = Math.max(peakRss, rss(serverPid));
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
        client.waitFor(30, TimeUnit.SECONDS);
        if (result.containsKey("error")) {
            throw new IllegalStateException("load client: " + result.getString("error"));
        }
        return new Run(result, cores, peakRss);
    }

    private static void print(String server, Run run) {
        Document l = run.latency();
        report("  %-26s p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %7.1f ms; received %,d of %,d; server CPU "
                + "%.2f cores, peak RSS %,d MB; connect+sync %,d ms", server, num(l, "p50"), num(l, "p95"),
                num(l, "p99"), num(l, "max"), ((Number) l.get("received")).longValue(),
                ((Number) l.get("expected")).longValue(), run.cpuCores(), run.rssBytes() / (1024 * 1024),
                ((Number) l.get("connectMs")).longValue());
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
