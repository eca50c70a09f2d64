package se.larteam.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the feed at its secret address to calendar apps, which cannot sign in (the path is public in the security
 * configuration). An unknown, revoked or disabled link is a bare 404: nothing tells a guesser which it was.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarService calendar;

    CalendarFeedController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return calendar.feedForToken(token)
                .map(text -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        // Personal data behind a secret address: no shared caches, and apps poll anyway.
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                        .header("X-Robots-Tag", "noindex, nofollow")
                        .header("Referrer-Policy", "no-referrer")
                        .body(text.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
