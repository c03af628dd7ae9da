package org.mingle.web.series;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.series.SeriesInput;
import org.mingle.domain.series.SeriesService;
import org.mingle.domain.shared.GroupId;
import org.mingle.web.shell.ObjectNotFoundView;
import org.mingle.web.shell.Routes;
import org.mingle.web.vaadin.KaribuViewTest;

/** The series form (preview, then create) and the series page (its events, more dates), for group organizers only. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesViewsTest extends KaribuViewTest {

    @Inject
    SeriesService series;
    @Inject
    DSLContext sql;

    private Account organizer;
    private Account member;
    private GroupId group;

    @BeforeAll
    void aGroup() {
        organizer = signUp("Orla Organizer", "orla.series@example.org");
        member = signUp("Max Member", "max.series@example.org");
        group = GroupId.newId();
        // The groups feature is built apart from the series; its rows are written here as it writes them.
        sql.execute("insert into groups (id, slug, name, join_policy, visibility) values (?, ?, 'Series club', "
                + "'OPEN', 'PUBLIC')", group.value(), "series-club-" + UUID.randomUUID().toString().substring(0, 8));
        sql.execute("insert into group_members (group_id, account_id, role, status) values (?, ?, 'ORGANIZER', "
                + "'MEMBER'), (?, ?, 'MEMBER', 'MEMBER')", group.value(), organizer.id().value(), group.value(),
                member.id().value());
    }

    @Test
    void theSimpleChoiceWritesTheRuleAndThePreviewListsTheLocalDatesBeforeCreating() {
        signInAs(organizer);
        Routes.go(UI.getCurrent(), Routes.createSeries(group));

        _setValue(_get(TextField.class, spec -> spec.withId("series-title")), "Monthly makers");
        _setValue(_get(IntegerField.class, spec -> spec.withId("series-capacity")), 30);
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withId("series-time-zone"));
        _setValue(zone, "Europe/Berlin");
        _setValue(_get(DatePicker.class, spec -> spec.withId("series-first-date")), LocalDate.of(2030, 3, 12));
        Select<Repeat> repeat = _get(Select.class, spec -> spec.withId("series-repeat"));
        _setValue(repeat, Repeat.MONTHLY_NTH_WEEKDAY);
        _setValue(_get(IntegerField.class, spec -> spec.withId("series-count")), 3);
        assertThat(_get(TextField.class, spec -> spec.withId("series-rrule")).getValue())
                .isEqualTo("FREQ=MONTHLY;BYDAY=2TU;COUNT=3");

        _click(_get(Button.class, spec -> spec.withId("series-preview")));

        assertThat(_find(ListItem.class, spec -> spec.withClasses("series-date")).stream().map(ListItem::getText).toList())
                .containsExactly("Tue 12 Mar 2030, 18:30", "Tue 9 Apr 2030, 18:30", "Tue 14 May 2030, 18:30");
        _click(_get(Button.class, spec -> spec.withId("series-create")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("series/");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("series-event"))).hasSize(3);
        _setValue(_get(IntegerField.class, spec -> spec.withId("series-more-count")), 2);
        _click(_get(Button.class, spec -> spec.withId("series-add-dates")));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("series-event"))).hasSize(5)
                .last().satisfies(item -> assertThat(item.getElement().getTextRecursively())
                        .contains("Tue 9 Jul 2030, 18:30").contains("Draft"));
    }

    @Test
    void refusedFieldsAreMarkedAndNothingIsOfferedToCreate() {
        signInAs(organizer);
        Routes.go(UI.getCurrent(), Routes.createSeries(group));

        _setValue(_get(TextField.class, spec -> spec.withId("series-rrule")), "FREQ=HOURLY;COUNT=3");
        _click(_get(Button.class, spec -> spec.withId("series-preview")));

        var rule = _get(TextField.class, spec -> spec.withId("series-rrule"));
        assertThat(rule.isInvalid()).isTrue();
        assertThat(rule.getErrorMessage()).contains("DAILY, WEEKLY, MONTHLY or YEARLY");
        assertThat(_get(TextField.class, spec -> spec.withId("series-title")).isInvalid()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("series-create"));
    }

    @Test
    void aMemberWhoDoesNotRunTheGroupGetsNotFound() {
        signInAs(member);
        Routes.go(UI.getCurrent(), Routes.createSeries(group));
        _get(ObjectNotFoundView.class);

        var created = series.create(organizer.id(), group, new SeriesInput("Quiet club", "",
                "", 5, "Europe/Berlin", "19:00", 60, "FREQ=WEEKLY;COUNT=1", "2030-01-08", false));
        Routes.go(UI.getCurrent(), Routes.series(created.series().id()));
        _get(ObjectNotFoundView.class);
    }
}
