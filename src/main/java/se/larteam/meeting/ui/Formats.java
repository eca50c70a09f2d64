package se.larteam.meeting.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import se.larteam.meeting.MeetingSummary;

/** How meetings are written out on the pages: "torsdag 12 mars 2026, 13:00–15:30 · Rum Ängen". */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static String when(MeetingSummary meeting, Locale locale) {
        StringBuilder text = new StringBuilder(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)
                .format(meeting.date())).append(", ").append(TIME.format(meeting.start())).append('–')
                .append(TIME.format(meeting.end()));
        if (!meeting.place().isBlank()) {
            text.append(" · ").append(meeting.place());
        }
        return text.toString();
    }
}
