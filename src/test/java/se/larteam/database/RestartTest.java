package se.larteam.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.Application;
import se.larteam.user.NewUser;
import se.larteam.user.UserService;

/** What the embedded default writes is still there after the application stops and starts again. */
@Tag("embedded-only")
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(UserService.class).createFirstAdministrator(
                    new NewUser("bestående@test.example", "Bo Beständig", "", ""), "ett-långt-lösenord");
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(UserService.class).loginAccount("BESTÅENDE@test.example"))
                    .hasValueSatisfying(account -> assertThat(account.email()).isEqualTo("bestående@test.example"));
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--larteam.mongodb.uri=",
                "--larteam.mongodb.embedded-backend=h2",
                "--larteam.mongodb.data-dir=" + dataDir,
                "--larteam.mongodb.database=larteam",
                "--larteam.mongodb.drop-on-shutdown=false",
                "--larteam.demo-data=false");
    }
}
