package se.larteam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.larteam.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Throttling rules, with a clock the test moves. */
@SpringBootTest
class LoginThrottleTest {

    private static final SecuritySettings SETTINGS = new SecuritySettings(List.of(), 5, Duration.ofMinutes(5));

    @Autowired
    MongoTemplate mongo;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final String email = "rektor-" + UUID.randomUUID() + "@test.example";

    @Test
    void fiveFailuresInARowThrottleThePairForAWhile() {
        LoginThrottle throttle = new LoginThrottle(mongo, SETTINGS, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed(email, "198.51.100.1");
        }
        assertThat(throttle.isThrottled(email, "198.51.100.1")).isFalse();
        throttle.failed(email, "198.51.100.1");
        assertThat(throttle.isThrottled(email, "198.51.100.1")).isTrue();

        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.isThrottled(email, "198.51.100.1")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isThrottled(email, "198.51.100.1")).isFalse();
        // Counting starts over after the pause.
        throttle.failed(email, "198.51.100.1");
        assertThat(throttle.isThrottled(email, "198.51.100.1")).isFalse();
    }

    @Test
    void aStrangerElsewhereCannotLockTheOwnerOut() {
        LoginThrottle throttle = new LoginThrottle(mongo, SETTINGS, clock);
        for (int i = 0; i < 10; i++) {
            throttle.failed(email, "203.0.113.66");
        }
        assertThat(throttle.isThrottled(email, "203.0.113.66")).isTrue();
        assertThat(throttle.isThrottled(email, "198.51.100.1")).isFalse();
        assertThat(throttle.isThrottled(email.toUpperCase(), "203.0.113.66")).as("e-mail case does not matter").isTrue();
    }

    @Test
    void aSuccessResetsTheCount() {
        LoginThrottle throttle = new LoginThrottle(mongo, SETTINGS, clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed(email, "198.51.100.1");
        }
        throttle.succeeded(email, "198.51.100.1");
        throttle.failed(email, "198.51.100.1");
        assertThat(throttle.isThrottled(email, "198.51.100.1")).isFalse();
    }

    @Test
    void theCountIsSharedByEveryNode() {
        LoginThrottle nodeA = new LoginThrottle(mongo, SETTINGS, clock);
        LoginThrottle nodeB = new LoginThrottle(mongo, SETTINGS, clock);
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? nodeA : nodeB).failed(email, "198.51.100.1");
        }
        assertThat(nodeA.isThrottled(email, "198.51.100.1")).isTrue();
        assertThat(nodeB.isThrottled(email, "198.51.100.1")).isTrue();
    }

    @Test
    void oldCountsAreForgotten() {
        LoginThrottle throttle = new LoginThrottle(mongo, SETTINGS, clock);
        throttle.failed(email, "198.51.100.1");
        clock.advance(Duration.ofDays(2));
        throttle.forgetOldFailures();
        assertThat(mongo.findById(LoginThrottle.key(email, "198.51.100.1"), org.bson.Document.class,
                LoginThrottle.COLLECTION)).isNull();
    }
}
