package se.larteam.bench;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.Application;
import se.larteam.program.ProgramService;
import se.larteam.roster.RosterImport;
import se.larteam.roster.RosterResult;
import se.larteam.team.TeamService;
import se.larteam.testing.World;
import se.larteam.user.UserService;

/**
 * Roster import benchmark; prints numbers, asserts nothing. Imports 10,000 rows (Windows-1252, semicolons, a
 * tenth of them into a team) through the service into the embedded default (H2 file), as an organiser would.
 * Run with {@code ./mvnw -Pbench verify}.
 */
public final class RosterBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RosterBenchmark.class);

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 10_000);
        Path dataDir = Files.createTempDirectory("larteam-roster-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--larteam.mongodb.uri=", "--larteam.mongodb.embedded-backend=h2",
                "--larteam.mongodb.data-dir=" + dataDir, "--larteam.demo-data=false",
                "--larteam.security.password-strength=4", "--logging.level.root=warn")) {
            World world = World.create(app.getBean(UserService.class), app.getBean(ProgramService.class),
                    app.getBean(TeamService.class));
            StringBuilder csv = new StringBuilder("Namn;E-post;Titel;Skola/enhet;Lärteam\r\n");
            for (int i = 0; i < rows; i++) {
                csv.append("Åsa Öberg ").append(i).append(";asa.oberg.").append(i).append("@skola.example;Rektor;")
                        .append("Ängsskolan ").append(i % 50).append(';').append(i % 10 == 0 ? "Lärteam A" : "")
                        .append("\r\n");
            }
            byte[] file = csv.toString().getBytes(Charset.forName("windows-1252"));
            RosterImport roster = app.getBean(RosterImport.class);

            long start = System.nanoTime();
            var preview = roster.preview(world.a().organiser(), world.a().program(), file);
            double previewSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            RosterResult result = roster.importRoster(world.a().organiser(), world.a().program(), file, (d, t) -> { });
            double importSeconds = (System.nanoTime() - start) / 1e9;

            log.warn("[bench] roster: {} rows, {} KB, {} ({}), H2 backend", preview.rows().size(), file.length / 1024,
                    preview.encoding(), preview.delimiter());
            log.warn("[bench] roster: preview (read and check) {} s; import {} s = {} rows/s; {} new accounts, {} placed in a team",
                    String.format("%.2f", previewSeconds), String.format("%.2f", importSeconds),
                    String.format("%.0f", rows / importSeconds), result.newAccounts(), result.placedInTeams());
        }
    }

    private RosterBenchmark() {
    }
}
