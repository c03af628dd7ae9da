package org.mingle.web.shell;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the page's language: Vaadin writes the date the locale's way (4.12.2026 in German) by itself, but
 * names months and weekdays in English unless told otherwise. Java knows the names in every language, so no
 * translation file has to; the week starts on the locale's first day.
 */
public final class PickerLanguage {

    private PickerLanguage() {
    }

    /** Speaks the page's language in each picker's calendar. */
    public static void apply(Locale locale, DateTimePicker... pickers) {
        var texts = texts(locale);
        for (DateTimePicker picker : pickers) {
            picker.setLocale(locale);
            picker.setDatePickerI18n(texts);
        }
    }

    static DatePickerI18n texts(Locale locale) {
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // DateFormatSymbols counts weekdays from 1 (Sunday); the picker's lists start at Sunday too.
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(shortWeekdays.stream().map(day -> day.replace(".", "")).toList());
        // Which day starts the week depends on the country; a language alone (English, German) gets the week Vaadin
        // starts with for English, Sunday, and the ISO week, Monday, for every other language.
        DayOfWeek first = !locale.getCountry().isEmpty() ? WeekFields.of(locale).getFirstDayOfWeek()
                : locale.getLanguage().equals("en") ? DayOfWeek.SUNDAY : DayOfWeek.MONDAY;
        i18n.setFirstDayOfWeek(first.getValue() % 7);
        return i18n;
    }
}
