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
import se.larteam.user.UserId;
import se.larteam.user.UserService;

/** What the embedded default writes is still there after the application stops and starts again. */
@Tag("embedded-only")
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() {
        // The first start also creates the first administrator from the documented settings.
        try (ConfigurableApplicationContext first = start("--larteam.admin.email=chef@test.example",
                "--larteam.admin.password=ett-långt-lösenord")) {
            UserService users = first.getBean(UserService.class);
            UserId admin = users.loginAccount("chef@test.example").orElseThrow().id();
            assertThat(users.isAdministrator(admin)).isTrue();
            users.createUser(admin, new NewUser("bestående@test.example", "Bo Beständig", "", ""), null);
        }
        // Started again with other admin settings: the administrator is not created twice, the data is still there.
        try (ConfigurableApplicationContext second = start("--larteam.admin.email=annan@test.example",
                "--larteam.admin.password=ett-annat-lösenord")) {
            UserService users = second.getBean(UserService.class);
            assertThat(users.loginAccount("BESTÅENDE@test.example"))
                    .hasValueSatisfying(account -> assertThat(account.email()).isEqualTo("bestående@test.example"));
            assertThat(users.loginAccount("annan@test.example")).isEmpty();
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] common = {
                "--server.port=0",
                "--larteam.mongodb.uri=",
                "--larteam.mongodb.embedded-backend=h2",
                "--larteam.mongodb.data-dir=" + dataDir,
                "--larteam.mongodb.database=larteam",
                "--larteam.mongodb.drop-on-shutdown=false",
                "--larteam.demo-data=false"};
        return new SpringApplicationBuilder(Application.class).run(
                java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(more))
                        .toArray(String[]::new));
    }
}
