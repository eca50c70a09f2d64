package se.larteam.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.larteam.base.Translations;

/** The pages say how long a link works in words, from the configured durations. */
class LinkValidityTest {

    private final Translations translations = new Translations();

    @Test
    void wholeDaysHoursOrMinutes() {
        assertThat(LinkValidity.wording(Duration.ofDays(14))).isEqualTo(Map.entry("duration.days", 14L));
        assertThat(LinkValidity.wording(Duration.ofHours(1))).isEqualTo(Map.entry("duration.hours", 1L));
        assertThat(LinkValidity.wording(Duration.ofHours(36))).isEqualTo(Map.entry("duration.hours", 36L));
        assertThat(LinkValidity.wording(Duration.ofMinutes(90))).isEqualTo(Map.entry("duration.minutes", 90L));
    }

    @Test
    void inSwedishAndEnglish() {
        assertThat(say(Duration.ofHours(1), Translations.SWEDISH)).isEqualTo("en timme");
        assertThat(say(Duration.ofDays(14), Translations.SWEDISH)).isEqualTo("14 dagar");
        assertThat(say(Duration.ofDays(1), Translations.ENGLISH)).isEqualTo("one day");
    }

    private String say(Duration duration, java.util.Locale language) {
        var wording = LinkValidity.wording(duration);
        return translations.getTranslation(wording.getKey(), language, wording.getValue());
    }
}
