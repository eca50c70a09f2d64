package se.larteam.database;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;

/**
 * One {@link MongoClient} for both cases, so Spring Boot's own client configuration backs off and the rest of the
 * application cannot tell the embedded server from a real one.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);
    private static final String DEFAULT_DATABASE = "larteam";

    /** Present only on the embedded default; closed after the client (Spring destroys dependants first). */
    @Bean(destroyMethod = "close")
    EmbeddedMongoHolder embeddedMongo(MongoSettings settings) {
        if (!settings.embedded()) {
            return new EmbeddedMongoHolder(null);
        }
        return new EmbeddedMongoHolder(EmbeddedMongo.start(settings));
    }

    /**
     * {@link CommandListener} beans (none in the application; benchmarks count queries with one) are registered on
     * the client.
     */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoSettings settings, EmbeddedMongoHolder embedded,
            ObjectProvider<CommandListener> listeners) {
        String database = databaseName(settings);
        if (embedded.server() != null) {
            log.info("MongoDB: embedded server ({}) at {}, database '{}' (set MONGODB_URI to use a real server)",
                    embedded.server().description(), embedded.server().connectionString(), database);
            return client(new ConnectionString(embedded.server().connectionString()), listeners);
        }
        ConnectionString uri = new ConnectionString(settings.uri());
        log.info("MongoDB: external server {} (from MONGODB_URI), database '{}'", uri.getHosts(), database);
        return client(uri, listeners);
    }

    private static MongoClient client(ConnectionString uri, ObjectProvider<CommandListener> listeners) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(uri);
        listeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, MongoSettings settings) {
        return new DroppingDatabaseFactory(client, databaseName(settings), settings.dropOnShutdown());
    }

    @Bean
    DatabaseInfo databaseInfo(MongoSettings settings, EmbeddedMongoHolder embedded) {
        return embedded.server() != null
                ? new DatabaseInfo(true, "embedded (" + embedded.server().description() + ")")
                : new DatabaseInfo(false, "MongoDB at " + new ConnectionString(settings.uri()).getHosts());
    }

    @Bean
    OplogTrimmer oplogTrimmer(MongoSettings settings, EmbeddedMongoHolder embedded, Clock clock) {
        return new OplogTrimmer(embedded.server(), settings, clock);
    }

    /** Actuator's own MongoDB check sends {@code hello}, which the embedded server does not know; {@code ping} works on both. */
    @Bean("mongoHealthIndicator") // this name makes Boot's hello-based indicator back off
    HealthIndicator mongoHealthIndicator(MongoDatabaseFactory factory) {
        return () -> {
            try {
                factory.getMongoDatabase().runCommand(new org.bson.Document("ping", 1));
                return Health.up().build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    static String databaseName(MongoSettings settings) {
        if (settings.database() != null && !settings.database().isBlank()) {
            return settings.database();
        }
        if (!settings.embedded()) {
            String fromUri = new ConnectionString(settings.uri()).getDatabase();
            if (fromUri != null && !fromUri.isBlank()) {
                return fromUri;
            }
        }
        return DEFAULT_DATABASE;
    }

    record EmbeddedMongoHolder(EmbeddedMongo server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Tests against a shared real server use a database of their own and remove it when their context closes. */
    static final class DroppingDatabaseFactory extends SimpleMongoClientDatabaseFactory
            implements org.springframework.beans.factory.DisposableBean {

        private final boolean dropOnShutdown;

        DroppingDatabaseFactory(MongoClient client, String database, boolean dropOnShutdown) {
            super(client, database);
            this.dropOnShutdown = dropOnShutdown;
        }

        @Override
        public void destroy() {
            if (dropOnShutdown) {
                getMongoDatabase().drop();
            }
        }
    }

}
