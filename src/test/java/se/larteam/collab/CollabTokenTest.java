package se.larteam.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.larteam.testing.MutableClock;
import se.larteam.user.UserId;

/** Collab tokens: valid for five minutes, for the person they name, only under the key that signed them. */
class CollabTokenTest {

    private final MutableClock clock = new MutableClock();
    private final CollabService service = new CollabService(List.of(), clock, "en-testnyckel");

    @Test
    void aTokenStandsForItsPersonForFiveMinutes() {
        String token = service.issueToken(new UserId("anna"));

        assertThat(service.verifyToken(token)).contains(new UserId("anna"));
        clock.advance(CollabService.TOKEN_LIFETIME.minus(Duration.ofSeconds(1)));
        assertThat(service.verifyToken(token)).contains(new UserId("anna"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.verifyToken(token)).isEmpty();
    }

    @Test
    void aChangedOrForeignTokenIsRefused() {
        String token = service.issueToken(new UserId("anna"));
        String[] parts = token.split("\\.");

        assertThat(service.verifyToken("bertil." + parts[1] + "." + parts[2])).isEmpty();
        assertThat(service.verifyToken(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2])).isEmpty();
        assertThat(new CollabService(List.of(), clock, "").verifyToken(token)).isEmpty();
        assertThat(service.verifyToken("")).isEmpty();
        assertThat(service.verifyToken("a.b")).isEmpty();
    }

    @Test
    void anUnknownKindOfDocumentGivesNoAccess() {
        assertThat(service.accessOrNone(new UserId("anna"), "reflection:1")).isEqualTo(CollabAccess.NONE);
    }
}
