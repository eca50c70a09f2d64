package se.larteam.base;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers in the person's language: month and day names, Monday first, and ISO dates (2026-11-22), which is
 * how Swedes write dates. Every date field in Lärteam is made here.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        picker.setI18n(texts(locale));
        return picker;
    }

    public static DatePicker.DatePickerI18n texts(Locale locale) {
        Locale effective = Translations.supported(locale.getLanguage());
        boolean swedish = effective.getLanguage().equals("sv");
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, effective)).toList())
                .setWeekdays(week(TextStyle.FULL, effective))
                .setWeekdaysShort(week(TextStyle.SHORT, effective))
                .setFirstDayOfWeek(1)
                .setToday(swedish ? "Idag" : "Today")
                .setCancel(swedish ? "Avbryt" : "Cancel")
                .setDateFormat("yyyy-MM-dd");
    }

    // Vaadin wants the week from Sunday, whatever day it shows first.
    private static List<String> week(TextStyle style, Locale locale) {
        DayOfWeek[] fromSunday = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        return Arrays.stream(fromSunday).map(d -> d.getDisplayName(style, locale)).toList();
    }
}
