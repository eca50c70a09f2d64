package se.larteam.reflection.ui;

import java.util.Locale;
import java.util.function.BiFunction;

import se.larteam.reflection.ReadReceipt;

/** "Läst av Kerstin Öberg 12 mars 14:05", and when she read it again later, the latest time too. */
final class ReadReceipts {

    private ReadReceipts() {
    }

    static String line(ReadReceipt receipt, Locale locale, BiFunction<String, Object[], String> text) {
        String first = Dates.moment(receipt.firstAt(), locale);
        String last = Dates.moment(receipt.lastAt(), locale);
        return first.equals(last) || receipt.lastAt() == null
                ? text.apply("reflection.read-by", new Object[] {receipt.readerName(), first})
                : text.apply("reflection.read-by-again", new Object[] {receipt.readerName(), first, last});
    }
}
