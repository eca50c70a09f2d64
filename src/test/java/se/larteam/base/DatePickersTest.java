package se.larteam.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.datepicker.DatePicker;

class DatePickersTest {

    @Test
    void swedishPickersSpeakSwedishAndStartOnMonday() {
        DatePicker.DatePickerI18n texts = DatePickers.texts(Translations.SWEDISH);
        assertThat(texts.getMonthNames()).startsWith("januari", "februari").endsWith("december");
        assertThat(texts.getWeekdays()).startsWith("söndag", "måndag");
        assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(texts.getToday()).isEqualTo("Idag");
        assertThat(texts.getDateFormats()).containsExactly("yyyy-MM-dd");
    }

    @Test
    void englishIsOfferedToo() {
        DatePicker picker = DatePickers.create("Datum", Locale.ENGLISH);
        assertThat(picker.getI18n().getMonthNames()).startsWith("January");
        assertThat(picker.getLabel()).isEqualTo("Datum");
    }
}
