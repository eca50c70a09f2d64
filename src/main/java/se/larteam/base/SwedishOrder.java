package se.larteam.base;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** Names sort as Swedish readers expect: Å, Ä and Ö after Z, case and accents ignored at first. */
public final class SwedishOrder {

    public static final Locale SWEDISH = Locale.of("sv", "SE");

    private SwedishOrder() {
    }

    public static Comparator<String> strings() {
        // Collator is not thread-safe: a fresh one per comparator.
        Collator collator = Collator.getInstance(SWEDISH);
        collator.setStrength(Collator.TERTIARY);
        return collator::compare;
    }

    public static <T> Comparator<T> by(Function<T, String> key) {
        return Comparator.comparing(key, strings());
    }
}
