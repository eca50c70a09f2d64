package se.larteam.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import se.larteam.bench.MeetingBenchmark.CommandCounter;
import se.larteam.bench.MeetingBenchmark.Sample;
import se.larteam.meeting.MeetingId;
import se.larteam.meeting.MeetingPlan;
import se.larteam.meeting.MeetingService;
import se.larteam.program.ProgramId;
import se.larteam.reflection.ReflectionDraft;
import se.larteam.reflection.ReflectionId;
import se.larteam.reflection.ReflectionService;
import se.larteam.reflection.Visibility;
import se.larteam.team.TeamId;
import se.larteam.team.TeamRole;
import se.larteam.team.TeamService;
import se.larteam.testing.KaribuTest;
import se.larteam.user.TestAccounts;
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/**
 * "Väntar på kommentar" benchmark; prints numbers, asserts nothing. One process leader leads 3 teams of 8 members;
 * each member writes about 2 reflections a month for 2 years after the team's monthly meetings (linked to them),
 * most shared with the process leaders, some with the team, a few kept private or as drafts; the process leader has
 * commented on most of the older ones and members discuss the team-shared ones; all through
 * {@link ReflectionService}. Then, signed in as the process leader, opens the inbox ({@code vantar-pa-kommentar})
 * through the real view (Karibu, no browser) and prints the server time per open and the MongoDB commands each
 * sends. Target: p95 at most 100 ms. Run with {@code ./mvnw -Pbench verify} (options: {@code -Dbench.backend=h2|memory},
 * {@code -Dbench.samples=200}).
 */
public final class InboxBenchmark {

    private static final Logger log = LoggerFactory.getLogger(InboxBenchmark.class);
    private static final int TEAMS = 3;
    private static final int MEMBERS = 8;
    private static final int MONTHS = 24;
    private static final int PER_MONTH = 2;

    public static void main(String[] args) throws Exception {
        String backend = System.getProperty("bench.backend", "h2");
        int samples = Integer.getInteger("bench.samples", 200);
        CommandCounter counter = new CommandCounter();
        try (ConfigurableApplicationContext app = MeetingBenchmark.start(backend, counter, "larteam-inbox-bench")) {
            long start = System.nanoTime();
            Generated generated = generate(app);
            report("backend: embedded server, %s; %d teams x %d members x %d reflections a month for %d months: "
                    + "%,d reflections, %,d comments, generated through ReflectionService in %.1f s", backend, TEAMS,
                    MEMBERS, PER_MONTH, MONTHS, generated.reflections(), generated.comments(),
                    (System.nanoTime() - start) / 1e9);
            measure(app, generated.leader(), samples, counter);
        }
    }

    record Generated(UserId leader, int reflections, int comments) {
    }

    private static Generated generate(ConfigurableApplicationContext app) {
        UserService users = app.getBean(UserService.class);
        TeamService teams = app.getBean(TeamService.class);
        MeetingService meetings = app.getBean(MeetingService.class);
        ReflectionService reflections = app.getBean(ReflectionService.class);
        LocalDate today = LocalDate.now(app.getBean(Clock.class));
        MeetingBenchmark.Setup setup = MeetingBenchmark.program(app, "Kollegialt lärande 2024–2026", 2);
        ProgramId program = setup.program();
        UserId organiser = setup.organiser();
        UserId leader = TestAccounts.person(users, "Kerstin Öberg").id();
        Random random = new Random(42);
        int written = 0;
        int comments = 0;
        for (int t = 0; t < TEAMS; t++) {
            TeamId team = teams.create(organiser, program, "Lärteam " + (t + 1));
            teams.putMember(organiser, team, leader, TeamRole.PROCESS_LEADER);
            List<UserId> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                members.add(TestAccounts.person(users, "Deltagare Åström " + t + "-" + m).id());
            }
            teams.putMembers(organiser, team, members, TeamRole.MEMBER);
            LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS);
            for (int month = 0; month < MONTHS; month++) {
                LocalDate date = first.plusMonths(month).plusDays(random.nextInt(25));
                MeetingId meeting = meetings.plan(leader, team, new MeetingPlan(date, LocalTime.of(15, 0),
                        LocalTime.of(16, 30), "Rum Ängen"), List.of("Uppföljning", "Samtalsrunda", "Till nästa gång"));
                boolean old = month < MONTHS - 2;
                for (UserId member : members) {
                    for (int r = 0; r < PER_MONTH; r++) {
                        comments += reflect(reflections, team, meeting, member, leader, members, old, random);
                        written++;
                    }
                }
            }
        }
        return new Generated(leader, written, comments);
    }

    /** One reflection as a member would write it, and the talk that follows; returns the comments written. */
    private static int reflect(ReflectionService reflections, TeamId team, MeetingId meeting, UserId member,
            UserId leader, List<UserId> members, boolean old, Random random) {
        int roll = random.nextInt(10);
        Visibility visibility = roll < 6 ? Visibility.PROCESS_LEADERS : roll < 9 ? Visibility.TEAM : Visibility.PRIVATE;
        ReflectionId id = reflections.create(member, new ReflectionDraft(team, meeting, "",
                "Efter mötet: återkoppling som eleverna använder", BODY, visibility));
        if (random.nextInt(20) == 0) {
            return 0;
        }
        reflections.share(member, id);
        int comments = 0;
        if (visibility == Visibility.PRIVATE) {
            return comments;
        }
        if (visibility == Visibility.TEAM) {
            for (int c = random.nextInt(3); c > 0; c--) {
                UserId colleague = members.get(random.nextInt(members.size()));
                reflections.addComment(colleague, id, null, "Känner igen det från åk 6. Vi provade samma sak.");
                comments++;
            }
        }
        // The process leader has caught up with most of the older ones; recent ones wait.
        if (old && random.nextInt(10) < 9) {
            reflections.addComment(leader, id, null, "Tack! Vad skulle hända om du provade det i en annan grupp?");
            comments++;
        }
        return comments;
    }

    private static final String BODY = """
            Vi pratade om återkoppling som eleverna faktiskt använder. Jag provade exit tickets i åk 8 och \
            sorterade svaren i tre högar före nästa lektion; det tog tio minuter.
            Det som överraskade mig var hur många som kunde formulera vad de skulle förbättra, men inte göra det \
            utan stöd. Till nästa gång vill jag pröva att ge tid i klassrummet för att arbeta med återkopplingen.
            """.repeat(3);

    private static void measure(ConfigurableApplicationContext app, UserId leader, int samples,
            CommandCounter counter) {
        UserService users = app.getBean(UserService.class);
        ReflectionService reflections = app.getBean(ReflectionService.class);
        Routes routes = new Routes().autoDiscoverViews("se.larteam");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, app, UI::new));
        counter.watch(Thread.currentThread());
        try {
            KaribuTest.signIn(users, leader);
            report("inbox: %d reflections waiting", reflections.inbox(leader).size());
            List<Sample> page = new ArrayList<>();
            List<Sample> service = new ArrayList<>();
            for (int i = 0; i < Math.max(50, samples / 2) + samples; i++) {
                // The view renders when attached: leave it between opens, unmeasured.
                MeetingBenchmark.navigate("reflektioner");
                Sample open = MeetingBenchmark.timed(counter, () -> MeetingBenchmark.navigate("vantar-pa-kommentar"));
                Sample alone = MeetingBenchmark.timed(counter, () -> reflections.inbox(leader));
                if (i >= Math.max(50, samples / 2)) {
                    page.add(open);
                    service.add(alone);
                }
            }
            report("%d opens, signed in as the process leader of all %d teams:", samples, TEAMS);
            line("inbox page (vantar-pa-kommentar)", page);
            line("  service alone: ReflectionService.inbox", service);
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    private static void line(String what, List<Sample> samples) {
        List<Long> wall = new ArrayList<>(samples.stream().map(Sample::micros).toList());
        Collections.sort(wall);
        List<Long> cpu = new ArrayList<>(samples.stream().map(Sample::cpuMicros).toList());
        Collections.sort(cpu);
        report("%-42s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms (thread CPU p50 %.1f ms, p95 %.1f ms); MongoDB "
                + "commands per open %d %s", what, MeetingBenchmark.percentile(wall, 50),
                MeetingBenchmark.percentile(wall, 95), wall.get(wall.size() - 1) / 1000.0,
                MeetingBenchmark.percentile(cpu, 50), MeetingBenchmark.percentile(cpu, 95),
                samples.get(samples.size() - 1).commands(), samples.get(samples.size() - 1).byCommand());
    }

    private static void report(String format, Object... args) {
        log.warn("[bench] " + String.format(format, args));
    }

    private InboxBenchmark() {
    }
}
