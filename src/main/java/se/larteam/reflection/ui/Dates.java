package se.larteam.reflection.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import se.larteam.base.Time;

/** How reflection pages write times: "12 mars 14:05", in Swedish time. */
final class Dates {

    private Dates() {
    }

    static String moment(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM HH:mm", locale).withZone(Time.STOCKHOLM).format(at);
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
