package se.larteam.invitation;

import java.time.Duration;
import java.util.Map;

/** How long the links work, as configured, so the pages say what the mails will. */
public record LinkValidity(Duration invitation, Duration reset) {

    /** The translation key ({@code duration.days|hours|minutes}) and amount that say a duration best. */
    public static Map.Entry<String, Long> wording(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return Map.entry("duration.days", duration.toDays());
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return Map.entry("duration.hours", duration.toHours());
        }
        return Map.entry("duration.minutes", Math.max(1, duration.toMinutes()));
    }
}
