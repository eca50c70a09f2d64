package se.larteam.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Swedish first, English second. Bundles live in {@code i18n/messages_sv.properties} and
 * {@code i18n/messages_en.properties} (UTF-8); a test keeps their keys in sync.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale SWEDISH = SwedishOrder.SWEDISH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SWEDISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage())
                ? ENGLISH : SWEDISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NoFallback.INSTANCE).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key + "!";
        }
    }

    /** Supported locale for a stored language tag, Swedish when unknown. */
    public static Locale supported(String languageTag) {
        return "en".equals(languageTag) ? ENGLISH : SWEDISH;
    }

    // Without this, a missing English key would silently come from the JVM's default locale bundle.
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
