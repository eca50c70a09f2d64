package se.larteam.testing;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.Application;

/** A full application node (its own Spring context and web server on a free port) on a shared MongoDB database. */
public final class AppNodes {

    private AppNodes() {
    }

    public static ConfigurableApplicationContext start(String uri, String database, boolean dropOnShutdown) {
        return start(uri, database, dropOnShutdown, 0);
    }

    /** On a given port (0: a free one), with further settings, e.g. a shared co-editing token secret. */
    public static ConfigurableApplicationContext start(String uri, String database, boolean dropOnShutdown, int port,
            String... more) {
        String[] common = {
                "--server.port=" + port,
                "--larteam.mongodb.uri=" + uri,
                "--larteam.mongodb.database=" + database,
                "--larteam.mongodb.drop-on-shutdown=" + dropOnShutdown,
                "--larteam.demo-data=false",
                "--larteam.security.password-strength=4",
                "--logging.level.root=warn"};
        return new SpringApplicationBuilder(Application.class).run(
                Stream.concat(Arrays.stream(common), Arrays.stream(more)).toArray(String[]::new));
    }

    /** The node's address, e.g. {@code http://127.0.0.1:41234}. */
    public static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }
}
