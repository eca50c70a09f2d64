package se.larteam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.vaadin.flow.component.UI;

import se.larteam.Application;
import se.larteam.meeting.Attendance;
import se.larteam.meeting.FollowUp;
import se.larteam.meeting.FollowUpStatus;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.meeting.NewAction;
import se.larteam.program.ProgramDetails;
import se.larteam.program.ProgramId;
import se.larteam.program.ProgramRole;
import se.larteam.program.ProgramService;
import se.larteam.team.TeamId;
import se.larteam.team.TeamLinks;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.KaribuTest;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * Team space and meeting page benchmark; prints numbers, asserts nothing. Builds one program with 20 teams (a process
 * leader and 7 members each) holding 5 years of monthly meetings (4½ years past: attended, noted, followed up,
 * held and approved; the rest planned), all through {@link MeetingService}. Then, signed in as a member of a random
 * team, opens its team space ({@code team/<id>}) and one of its meetings ({@code mote/<id>}) through the real views
 * (Karibu, no browser) and prints the server time per page, the time of the service calls alone, and the MongoDB
 * commands each page sends. Run with {@code ./mvnw -Pbench verify} (options: {@code -Dbench.backend=h2|memory},
 * {@code -Dbench.teams=20}, {@code -Dbench.samples=200}).
 */
public final class MeetingBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MeetingBenchmark.class);
    private static final int MONTHS = 60;
    private static final int FUTURE_MONTHS = 6;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String backend = System.getProperty("bench.backend", "h2");
        int teamCount = Integer.getInteger("bench.teams", 20);
        int samples = Integer.getInteger("bench.samples", 200);
        CommandCounter counter = new CommandCounter();
        try (ConfigurableApplicationContext app = start(backend, counter, "larteam-meeting-bench")) {
            report("backend: embedded server, %s; %d teams x %d monthly meetings", backend, teamCount, MONTHS);
            long start = System.nanoTime();
            List<GeneratedTeam> generated = generate(app, teamCount);
            double seconds = (System.nanoTime() - start) / 1e9;
            report("generated %,d meetings through MeetingService in %.1f s (%.1f ms per meeting)",
                    teamCount * MONTHS, seconds, seconds * 1000 / (teamCount * MONTHS));
            settle(app);
            measure(app, generated, samples, counter);
        }
    }

    /**
     * Five years of meetings written in minutes leave the embedded server's live-update history (its oplog) full of
     * their events, and every change-stream poll scans it until the trim removes them: measure the steady state
     * after that, not the 30 s after a burst (the README says what such a burst costs).
     */
    static void settle(ConfigurableApplicationContext app) throws InterruptedException {
        java.time.Duration wait = app.getEnvironment()
                .getProperty("larteam.mongodb.oplog-retention", java.time.Duration.class, java.time.Duration.ofSeconds(30))
                .plus(app.getEnvironment().getProperty("larteam.mongodb.oplog-trim-interval", java.time.Duration.class,
                        java.time.Duration.ofSeconds(5)))
                .plusSeconds(5);
        report("waiting %d s for the embedded server's oplog trim to remove the generation's history", wait.toSeconds());
        Thread.sleep(wait);
    }

    record GeneratedTeam(TeamId id, UserId member, List<MeetingId> meetings) {
    }

    /** The application on the embedded server (a fresh data folder), counting the benchmark thread's commands. */
    static ConfigurableApplicationContext start(String backend, CommandCounter counter, String folderPrefix)
            throws java.io.IOException {
        Path dataDir = Files.createTempDirectory(folderPrefix);
        return new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("benchCommandCounter", counter))
                .run("--server.port=0", "--larteam.mongodb.uri=", "--larteam.mongodb.embedded-backend=" + backend,
                        "--larteam.mongodb.data-dir=" + dataDir, "--larteam.demo-data=false",
                        "--larteam.security.password-strength=4", "--logging.level.root=warn");
    }

    record Setup(ProgramId program, UserId organiser) {
    }

    /** A program running from {@code yearsBack} years ago until next year, with one organiser. */
    static Setup program(ConfigurableApplicationContext app, String name, int yearsBack) {
        UserService users = app.getBean(UserService.class);
        ProgramService programs = app.getBean(ProgramService.class);
        LocalDate today = LocalDate.now(app.getBean(Clock.class));
        UserId admin = TestAccounts.administrator(users);
        ProgramId program = programs.create(admin, new ProgramDetails(name, "Åsbacka kommun", "",
                today.minusYears(yearsBack), today.plusYears(1)));
        UserId organiser = TestAccounts.person(users, "Organisatör Örn").id();
        programs.addPerson(admin, program, organiser, ProgramRole.ORGANISER);
        return new Setup(program, organiser);
    }

    // ---- generating

    private static List<GeneratedTeam> generate(ConfigurableApplicationContext app, int teamCount) {
        UserService users = app.getBean(UserService.class);
        ProgramService programs = app.getBean(ProgramService.class);
        TeamService teams = app.getBean(TeamService.class);
        MeetingService meetings = app.getBean(MeetingService.class);
        LocalDate today = LocalDate.now(app.getBean(Clock.class));
        Setup setup = program(app, "Kollegialt lärande 2022–2027", 5);
        ProgramId program = setup.program();
        UserId organiser = setup.organiser();
        Random random = new Random(42);
        List<GeneratedTeam> generated = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            TeamId team = teams.create(organiser, program, "Lärteam " + (t + 1));
            UserId leader = TestAccounts.person(users, "Processledare Åberg " + t).id();
            teams.putMember(organiser, team, leader, TeamRole.PROCESS_LEADER);
            List<UserId> members = new ArrayList<>();
            for (int m = 0; m < 7; m++) {
                members.add(TestAccounts.person(users, "Deltagare Öst " + t + "-" + m).id());
            }
            teams.putMembers(organiser, team, members, TeamRole.MEMBER);
            List<UserId> everyone = new ArrayList<>(members);
            everyone.add(leader);
            List<MeetingId> ids = new ArrayList<>();
            LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS - FUTURE_MONTHS);
            for (int month = 0; month < MONTHS; month++) {
                LocalDate date = first.plusMonths(month).plusDays(random.nextInt(25));
                ids.add(meeting(meetings, team, leader, members, everyone, date, today, random));
            }
            generated.add(new GeneratedTeam(team, members.get(0), ids));
        }
        return generated;
    }

    /** One month's meeting as the team would log it; past ones are held and approved. */
    private static MeetingId meeting(MeetingService meetings, TeamId team, UserId leader, List<UserId> members,
            List<UserId> everyone, LocalDate date, LocalDate today, Random random) {
        MeetingId id = meetings.plan(leader, team, new MeetingPlan(date, LocalTime.of(15, 0), LocalTime.of(16, 30),
                "Rum Ängen, Norrbackaskolan"), List.of("Uppföljning av förra mötets åtaganden",
                        "Individuell reflektion", "Samtalsrunda", "Sammanfattning", "Till nästa gång",
                        "Hur gick samtalet?"));
        if (!date.isBefore(today)) {
            return id;
        }
        UserId writer = members.get(random.nextInt(members.size()));
        for (UserId person : everyone) {
            int roll = random.nextInt(10);
            meetings.setAttendance(writer, id, person,
                    roll < 8 ? Attendance.PRESENT : roll == 8 ? Attendance.ABSENT : Attendance.EXCUSED);
        }
        for (FollowUp followUp : meetings.details(writer, id).followUps()) {
            FollowUpStatus status = FollowUpStatus.values()[random.nextInt(FollowUpStatus.values().length)];
            meetings.followUp(writer, id, followUp.actionId(), status,
                    "Provade det två gånger i åk 8; eleverna kom igång snabbare men sammanfattningen blev kort.");
        }
        meetings.saveNotes(writer, id, NOTES);
        meetings.saveDecisions(writer, id, "Vi fortsätter med exit tickets.\nNästa läsning: Timperley kap. 3.");
        for (int a = 0; a < 3; a++) {
            UserId owner = members.get(random.nextInt(members.size()));
            meetings.addAction(writer, id, new NewAction("Pröva exit tickets i årskurs 8 och ta med tre exempel på "
                    + "elevsvar till nästa möte (" + (a + 1) + ")", owner, date.plusMonths(1)));
        }
        meetings.markHeld(writer, id);
        meetings.approve(leader, id);
        return id;
    }

    /** About 2,000 characters: what a member writes during a 90-minute learning conversation. */
    private static final String NOTES = """
            Individuell reflektion: var och en skrev ner ett tillfälle den senaste månaden då återkopplingen faktiskt \
            nådde eleverna, och ett då den inte gjorde det.
            Samtalsrunda: Åsa berättade om exit tickets i åk 8. Eleverna svarade på en fråga om lektionens mål, och \
            hon sorterade svaren i tre högar innan nästa lektion. Det tog tio minuter, mindre än hon trott. Örjan \
            hade provat samma sak i åk 6 men fick många tomma lappar; vi pratade om att frågan kanske var för öppen.
            Ärlig delning: Märta berättade om en lektion där hon gav skriftlig återkoppling på alla texter och ingen \
            elev läste den. Vi kopplade det till Wiliams poäng om att återkoppling ska ge mer arbete för mottagaren \
            än för givaren. Flera kände igen sig.
            Vad vi ser i elevarbetena: fler elever kan nu formulera vad de ska förbättra, men färre gör det utan \
            stöd. Processledaren påminde om att vi kom överens i höstas om att titta på samma elevgrupp över tid.
            Sammanfattning: exit tickets fungerar när frågan är smal och när svaren används direkt nästa lektion. \
            Skriftlig återkoppling utan tid att arbeta med den i klassrummet ger lite.
            Hur gick samtalet? Alla kom till tals. Rundan tog längre tid än planerat, så sammanfattningen blev kort. \
            Nästa gång håller vi rundan till två minuter per person och läser texten innan mötet.
            """;

    // ---- measuring

    private static void measure(ConfigurableApplicationContext app, List<GeneratedTeam> generated, int samples,
            CommandCounter counter) {
        UserService users = app.getBean(UserService.class);
        MeetingService meetings = app.getBean(MeetingService.class);
        Routes routes = new Routes().autoDiscoverViews("se.larteam");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, app, UI::new));
        counter.watch(Thread.currentThread());
        try {
            Random random = new Random(7);
            // Warm-up: the same walk, unmeasured, so the JIT and the first-use caches settle.
            walk(users, meetings, generated, Math.max(50, samples / 2), random, counter, null);
            Results results = new Results();
            walk(users, meetings, generated, samples, random, counter, results);
            results.print(samples);
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    /** A member of a random team opens the team space, then one of its meetings; then the same as service calls. */
    private static void walk(UserService users, MeetingService meetings, List<GeneratedTeam> generated, int rounds,
            Random random, CommandCounter counter, Results results) {
        UserId signedIn = null;
        for (int i = 0; i < rounds; i++) {
            GeneratedTeam team = generated.get(random.nextInt(generated.size()));
            MeetingId meeting = team.meetings().get(random.nextInt(team.meetings().size()));
            if (!team.member().equals(signedIn)) {
                KaribuTest.signIn(users, team.member());
                signedIn = team.member();
            }
            Sample teamPage = timed(counter, () -> navigate(TeamLinks.team(team.id())));
            Sample meetingPage = timed(counter, () -> navigate("mote/" + meeting.value()));
            Sample meetingsOf = timed(counter, () -> meetings.meetingsOf(team.member(), team.id()));
            Sample details = timed(counter, () -> meetings.details(team.member(), meeting));
            if (results != null) {
                results.teamPage.add(teamPage);
                results.meetingPage.add(meetingPage);
                results.meetingsOf.add(meetingsOf);
                results.details.add(details);
            }
        }
    }

    /** What the server does for one navigation: the route's views, then what runs before the response. */
    static void navigate(String location) {
        UI.getCurrent().navigate(location);
        MockVaadin.clientRoundtrip(false);
    }

    static Sample timed(CommandCounter counter, Runnable work) {
        counter.reset();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        long micros = (System.nanoTime() - start) / 1_000;
        long cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000;
        return new Sample(micros, cpuMicros, counter.total(), counter.byCommand());
    }

    /**
     * Wall time, and the CPU time of the thread that renders (the database server's work runs on its own threads):
     * on a shared, busy machine the second shows what the page itself costs.
     */
    record Sample(long micros, long cpuMicros, long commands, Map<String, Long> byCommand) {
    }

    private static final class Results {
        final List<Sample> teamPage = new ArrayList<>();
        final List<Sample> meetingPage = new ArrayList<>();
        final List<Sample> meetingsOf = new ArrayList<>();
        final List<Sample> details = new ArrayList<>();

        void print(int samples) {
            report("%d navigations each, random team and meeting, signed in as a member of the team:", samples);
            line("team space (team/<id>, with MeetingsSection)", teamPage);
            line("meeting page (mote/<id>)", meetingPage);
            line("  service alone: MeetingService.meetingsOf", meetingsOf);
            line("  service alone: MeetingService.details", details);
        }

        private static void line(String what, List<Sample> samples) {
            List<Long> sorted = new ArrayList<>(samples.stream().map(Sample::micros).toList());
            Collections.sort(sorted);
            List<Long> cpu = new ArrayList<>(samples.stream().map(Sample::cpuMicros).toList());
            Collections.sort(cpu);
            Sample last = samples.get(samples.size() - 1);
            report("%-46s p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms (thread CPU p50 %.1f ms, p95 %.1f "
                    + "ms); MongoDB commands %s %s", what, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0, percentile(cpu, 50),
                    percentile(cpu, 95), samples.stream().mapToLong(Sample::commands).max().orElse(0),
                    last.byCommand());
        }
    }

    static double percentile(List<Long> sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }

    /**
     * Counts the commands the benchmark's own thread sends (the synchronous driver reports on the calling thread),
     * so the change-stream polls of the live updates are left out.
     */
    static final class CommandCounter implements CommandListener {
        private volatile Thread watched;
        private final AtomicLong total = new AtomicLong();
        private final Map<String, Long> byCommand = Collections.synchronizedMap(new TreeMap<>());

        void watch(Thread thread) {
            watched = thread;
        }

        void reset() {
            total.set(0);
            byCommand.clear();
        }

        long total() {
            return total.get();
        }

        Map<String, Long> byCommand() {
            return new TreeMap<>(byCommand);
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (Thread.currentThread() == watched) {
                total.incrementAndGet();
                String collection = event.getCommand().isString(event.getCommandName())
                        ? "." + event.getCommand().getString(event.getCommandName()).getValue() : "";
                byCommand.merge(event.getCommandName() + collection, 1L, Long::sum);
            }
        }
    }

    private static void report(String format, Object... args) {
        log.warn("[bench] " + String.format(format, args));
    }

    private MeetingBenchmark() {
    }
}
