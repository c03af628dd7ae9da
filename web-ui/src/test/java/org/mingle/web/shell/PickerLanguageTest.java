package org.mingle.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PickerLanguageTest {

    @Test
    void aGermanCalendarNamesItsMonthsAndDaysInGermanAndStartsOnMonday() {
        var german = PickerLanguage.texts(Locale.GERMAN);

        assertThat(german.getMonthNames()).hasSize(12).startsWith("Januar", "Februar", "März").endsWith("Dezember");
        assertThat(german.getWeekdays()).hasSize(7).startsWith("Sonntag", "Montag");
        assertThat(german.getWeekdaysShort()).startsWith("So", "Mo");
        assertThat(german.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void theCountrySaysWhichDayStartsTheWeek() {
        assertThat(PickerLanguage.texts(Locale.UK).getFirstDayOfWeek()).isEqualTo(1);
        assertThat(PickerLanguage.texts(Locale.US).getFirstDayOfWeek()).isZero();
    }

    @Test
    void anEnglishCalendarStaysAsVaadinDrawsItStartingOnSunday() {
        var english = PickerLanguage.texts(Locale.ENGLISH);

        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(english.getFirstDayOfWeek()).isZero();
    }
}
