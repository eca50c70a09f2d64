package se.larteam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The Swedish and English bundles must offer the same keys, none of them empty. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Properties swedish = load("sv");
        Properties english = load("en");
        assertThat(swedish).isNotEmpty();
        assertThat(swedish.keySet()).as("keys in Swedish but not in English").isSubsetOf(english.keySet());
        assertThat(english.keySet()).as("keys in English but not in Swedish").isSubsetOf(swedish.keySet());
        swedish.forEach((key, value) -> assertThat((String) value).as("sv " + key).isNotBlank());
        english.forEach((key, value) -> assertThat((String) value).as("en " + key).isNotBlank());
    }

    @Test
    void swedishIsTheDefaultForAnyOtherLanguage() {
        assertThat(translations.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Logga in");
        assertThat(translations.getTranslation("login.submit", null)).isEqualTo("Logga in");
        assertThat(translations.getTranslation("login.submit", Locale.ENGLISH)).isEqualTo("Sign in");
    }

    @Test
    void argumentsAreFormattedForTheLanguage() {
        assertThat(translations.getTranslation("my-teams.member-count", Translations.SWEDISH, 1)).isEqualTo("en deltagare");
        assertThat(translations.getTranslation("my-teams.member-count", Translations.SWEDISH, 7)).isEqualTo("7 deltagare");
        assertThat(translations.getTranslation("my-teams.member-count", Locale.ENGLISH, 0)).isEqualTo("no members");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(translations.getTranslation("no.such.key", Translations.SWEDISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
