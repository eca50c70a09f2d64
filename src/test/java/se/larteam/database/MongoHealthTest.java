package se.larteam.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs on whichever server the tests use: the ping-based check must be UP on both. */
@SpringBootTest
class MongoHealthTest {

    @Autowired
    @Qualifier("mongoHealthIndicator")
    HealthIndicator mongo;

    @Test
    void mongoIsUp() {
        assertThat(mongo.health().getStatus()).isEqualTo(Status.UP);
    }
}
