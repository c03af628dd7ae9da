package org.mingle.domain.publicprofiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.profiles.ProfileInput;
import org.mingle.domain.profiles.ProfileService;
import org.mingle.domain.shared.AccountId;
import org.mingle.testsupport.Await;
import org.mingle.testsupport.TestDatabase;
import org.mingle.testsupport.TestDatabases;

/**
 * Two application contexts on one database, as two app instances, each keeping public pages for an hour: a change
 * made on one reaches the pages the other keeps within a second or two (decision 59); a change nobody is told about
 * stays unseen, which shows the pages really are kept.
 */
class PublicPagesAcrossInstancesTest {

    private static TestDatabase database;
    private static ApplicationContext writer;
    private static ApplicationContext reader;

    @BeforeAll
    static void instances() throws InterruptedException {
        database = TestDatabases.create();
        writer = instance();
        reader = instance();
        for (var instance : List.of(writer, reader)) {
            headline(instance, "nobody-yet"); // the first page read starts the instance listening
            assertThat(instance.getBean(PublicPages.class).awaitListening(Duration.ofSeconds(10))).isTrue();
        }
    }

    @AfterAll
    static void stop() {
        for (var context : List.of(writer, reader)) {
            context.close();
        }
    }

    private static ApplicationContext instance() {
        var properties = new HashMap<String, Object>(database.micronautProperties());
        properties.put("mingle.public-pages.cache-ttl", "1h");
        return ApplicationContext.run(properties);
    }

    @Test
    void aProfileSavedOnOneInstanceShowsOnTheOthersPageAtOnce() {
        var grace = publicPage("Compiler pioneer", "grace-across");
        assertThat(headline(reader, "grace-across")).contains("Compiler pioneer");

        writer.getBean(ProfileService.class).update(grace, profile("Rear admiral"));

        awaitOnReader(() -> headline(reader, "grace-across").equals(Optional.of("Rear admiral")));
    }

    @Test
    void aNewHandleAndAPageTurnedOffShowOnTheOtherInstance() {
        var ada = publicPage("Analyst", "ada-before");
        assertThat(headline(reader, "ada-before")).contains("Analyst");
        assertThat(headline(reader, "ada-after")).as("kept as unknown").isEmpty();

        writer.getBean(PublicProfileService.class).save(ada, profile("Analyst"),
                new PublicSettingsInput("ada-after", null, null));

        awaitOnReader(() -> headline(reader, "ada-before").isEmpty()
                && headline(reader, "ada-after").equals(Optional.of("Analyst")));

        writer.getBean(PublicProfileService.class).save(ada, profile("Analyst"),
                new PublicSettingsInput(null, false, null));

        awaitOnReader(() -> headline(reader, "ada-after").isEmpty());
    }

    @Test
    void negativeControlAChangeNobodyIsToldAboutStaysUnseenWhileThePageIsKept() throws Exception {
        var quiet = publicPage("Before", "quiet-change");
        Thread.sleep(1000); // the notices of the page's own creation have arrived: nothing is forgotten from now on
        assertThat(headline(reader, "quiet-change")).contains("Before");

        writer.getBean(DSLContext.class).execute("update profiles set headline = 'After' where account_id = ?",
                quiet.value());
        Thread.sleep(1500);

        assertThat(headline(reader, "quiet-change")).as("kept, nobody told").contains("Before");
        assertThat(headline(writer, "quiet-change")).as("read fresh by an instance that had not kept it")
                .contains("After");
    }

    private static AccountId publicPage(String headline, String handle) {
        var account = TestAccounts.signUp(writer.getBean(AccountService.class), "Person " + handle).id();
        writer.getBean(PublicProfileService.class).save(account, profile(headline),
                new PublicSettingsInput(handle, true, null));
        return account;
    }

    private static Optional<String> headline(ApplicationContext instance, String handle) {
        return instance.getBean(PublicProfileService.class).find(handle).map(page -> page.profile().headline());
    }

    private static void awaitOnReader(BooleanSupplier condition) {
        Await.until(condition, Duration.ofSeconds(2), () -> "the other instance's page to change");
    }

    private static ProfileInput profile(String headline) {
        return new ProfileInput(null, headline, "", "", "", null, List.of("compilers"), null, null, null,
                Map.of("headline", "PUBLIC"));
    }
}
