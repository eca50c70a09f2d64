package se.larteam.testing;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.larteam.Application;

/** A full application node (its own Spring context and web server on a free port) on a shared MongoDB database. */
public final class AppNodes {

    private AppNodes() {
    }

    public static ConfigurableApplicationContext start(String uri, String database, boolean dropOnShutdown) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--larteam.mongodb.uri=" + uri,
                "--larteam.mongodb.database=" + database,
                "--larteam.mongodb.drop-on-shutdown=" + dropOnShutdown,
                "--larteam.demo-data=false",
                "--larteam.security.password-strength=4",
                "--logging.level.root=warn");
    }

    /** The node's address, e.g. {@code http://127.0.0.1:41234}. */
    public static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }
}
