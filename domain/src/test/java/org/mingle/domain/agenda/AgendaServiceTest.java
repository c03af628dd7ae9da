package org.mingle.domain.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingle.db.jooq.Tables.TALK_SPEAKERS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.accounts.Account;
import org.mingle.domain.accounts.AccountService;
import org.mingle.domain.accounts.TestAccounts;
import org.mingle.domain.events.EventId;
import org.mingle.domain.events.EventInputs;
import org.mingle.domain.events.EventNotFoundException;
import org.mingle.domain.events.EventService;
import org.mingle.domain.groups.GroupInput;
import org.mingle.domain.groups.GroupService;
import org.mingle.domain.personaldata.PersonalDataService;
import org.mingle.domain.shared.AccessDeniedException;
import org.mingle.domain.shared.ConflictException;
import org.mingle.domain.shared.FieldError;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.domain.shared.PageRequest;
import org.mingle.testsupport.MicronautPostgres;
import org.mingle.testsupport.Parallel;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaServiceTest implements MicronautPostgres {

    @Inject
    AgendaService agenda;
    @Inject
    EventService events;
    @Inject
    GroupService groups;
    @Inject
    AccountService accounts;
    @Inject
    PersonalDataService personalData;
    @Inject
    DSLContext sql;

    private final Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
    private Account owner;
    private Account speaker;
    private Account stranger;

    @BeforeAll
    void people() {
        owner = TestAccounts.signUp(accounts, "Olga Owner");
        speaker = TestAccounts.signUp(accounts, "Sam Speaker");
        stranger = TestAccounts.signUp(accounts, "Stan Stranger");
    }

    @Test
    void organizersPutTalksOnTheAgendaThatReadersSeeInOrderOfTime() {
        var event = published("Agenda night");
        var later = agenda.create(owner.id(), event, talk("Closing words", 120, 30, "", List.of(), List.of()));
        var first = agenda.create(owner.id(), event, talk("Grid storage", 0, 45, "Hall A",
                List.of(speaker.id().toString()), List.of("Greta Guest")));

        var read = agenda.agenda(Optional.empty(), event, PageRequest.of(0, 20));

        assertThat(read.total()).isEqualTo(2);
        assertThat(read.items()).extracting(Talk::id).containsExactly(first.id(), later.id());
        assertThat(read.items().get(0).speakers()).containsExactly(Speaker.member(speaker.id(), "Sam Speaker"),
                Speaker.guest("Greta Guest"));
        assertThat(agenda.agenda(Optional.of(stranger.id()), event, PageRequest.of(1, 1)).items())
                .extracting(Talk::title).containsExactly("Closing words");
    }

    @Test
    void organizersChangeAndRemoveTalksAndNobodyElseMay() {
        var event = published("Editing night");
        var talk = agenda.create(owner.id(), event, talk("Draft title", 0, 30, "", List.of(), List.of("Ann")));

        var changed = agenda.update(owner.id(), event, talk.id(), talk("Final title", 30, 30, "Loft",
                List.of(speaker.id().toString()), List.of()));

        assertThat(changed.title()).isEqualTo("Final title");
        assertThat(changed.room()).isEqualTo("Loft");
        assertThat(changed.speakers()).containsExactly(Speaker.member(speaker.id(), "Sam Speaker"));
        assertThatThrownBy(() -> agenda.create(stranger.id(), event, talk("Mine", 0, 10, "", List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.delete(speaker.id(), event, talk.id()))
                .isInstanceOf(AccessDeniedException.class);
        agenda.delete(owner.id(), event, talk.id());
        assertThat(agenda.wholeAgenda(Optional.empty(), event)).isEmpty();
        assertThatThrownBy(() -> agenda.delete(owner.id(), event, talk.id()))
                .isInstanceOf(TalkNotFoundException.class);
    }

    @Test
    void aTalkOfAnotherEventIsNotFoundThere() {
        var one = published("One night");
        var other = published("Other night");
        var talk = agenda.create(owner.id(), one, talk("Here", 0, 30, "", List.of(), List.of()));

        assertThatThrownBy(() -> agenda.talk(Optional.empty(), other, talk.id()))
                .isInstanceOf(TalkNotFoundException.class);
        assertThatThrownBy(() -> agenda.update(owner.id(), other, talk.id(), talk("X", 0, 30, "", List.of(),
                List.of()))).isInstanceOf(TalkNotFoundException.class);
    }

    @Test
    void aDraftsAgendaIsHiddenFromOutsidersAsTheDraftIs() {
        var draft = events.create(owner.id(), EventInputs.valid("Draft night", nextWeek)).id();
        agenda.create(owner.id(), draft, talk("Secret talk", 0, 30, "", List.of(), List.of()));

        assertThat(agenda.wholeAgenda(Optional.of(owner.id()), draft)).hasSize(1);
        assertThatThrownBy(() -> agenda.wholeAgenda(Optional.of(stranger.id()), draft))
                .isInstanceOf(EventNotFoundException.class);
        assertThatThrownBy(() -> agenda.agenda(Optional.empty(), draft, PageRequest.of(0, 20)))
                .isInstanceOf(EventNotFoundException.class);
    }

    @Test
    void speakersAreActiveAccountsAndTalksLieWithinTheEvent() {
        var event = published("Checked night");
        var nobody = UUID.randomUUID().toString();

        assertThatThrownBy(() -> agenda.create(owner.id(), event, talk("Ghost", 0, 30, "", List.of(nobody),
                List.of()))).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                        refused.errors()).containsExactly(new FieldError("speakerIds",
                        "no Mingle account has the id " + nobody)));
        assertThatThrownBy(() -> agenda.create(owner.id(), event, talk("Too late", 170, 30, "", List.of(),
                List.of()))).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                        refused.errors()).extracting(FieldError::field).containsExactly("endsAt"));
    }

    @Test
    void aRoomHoldsOneTalkAtATime() {
        var event = published("Room night");
        agenda.create(owner.id(), event, talk("Opening", 0, 30, "Hall A", List.of(), List.of()));

        assertThatThrownBy(() -> agenda.create(owner.id(), event, talk("Clash", 15, 30, "hall a", List.of(),
                List.of()))).isInstanceOf(ConflictException.class).hasMessageContaining("Opening");
        assertThat(agenda.create(owner.id(), event, talk("Next door", 15, 30, "Hall B", List.of(), List.of())))
                .isNotNull();
    }

    @Test
    void twoTalksAtOnceInOneRoomPutOneOnTheAgendaAndInTwoRoomsBoth() throws InterruptedException {
        var event = published("Parallel night");
        List<Callable<Object>> sameRoom = List.of(
                () -> agenda.create(owner.id(), event, talk("First", 0, 30, "Hall A", List.of(), List.of())),
                () -> agenda.create(owner.id(), event, talk("Second", 0, 30, "Hall A", List.of(), List.of())));

        var outcomes = Parallel.run(sameRoom);

        assertThat(outcomes).filteredOn(Talk.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);

        // Negative control: two rooms at the same time both get their talk.
        List<Callable<Object>> twoRooms = List.of(
                () -> agenda.create(owner.id(), event, talk("Left", 60, 30, "Left wing", List.of(), List.of())),
                () -> agenda.create(owner.id(), event, talk("Right", 60, 30, "Right wing", List.of(), List.of())));
        assertThat(Parallel.run(twoRooms)).allMatch(Talk.class::isInstance);
    }

    @Test
    void theRecordHoldsTalksAtPublicListedEventsOnly() {
        var recorded = TestAccounts.signUp(accounts, "Rhea Record");
        var ids = List.of(recorded.id().toString());
        var shown = published("Public stage");
        agenda.create(owner.id(), shown, talk("Shown talk", 0, 30, "", ids, List.of()));
        var draft = events.create(owner.id(), EventInputs.valid("Draft stage", nextWeek)).id();
        agenda.create(owner.id(), draft, talk("Draft talk", 0, 30, "", ids, List.of()));
        var unlisted = published("Unlisted stage");
        agenda.create(owner.id(), unlisted, talk("Unlisted talk", 0, 30, "", ids, List.of()));
        events.changeListing(unlisted, false);
        var cancelled = published("Cancelled stage");
        agenda.create(owner.id(), cancelled, talk("Cancelled talk", 0, 30, "", ids, List.of()));
        events.cancel(owner.id(), cancelled);
        var group = groups.create(owner.id(), new GroupInput("Closed circle " + UUID.randomUUID(), null,
                "We meet monthly.", List.of(), "Berlin", null, "APPROVAL", "PRIVATE"));
        var secret = events.createInGroup(owner.id(), group.id(), EventInputs.valid("Secret stage", nextWeek)).id();
        events.publish(owner.id(), secret);
        agenda.create(owner.id(), secret, talk("Secret talk", 0, 30, "", ids, List.of()));

        var given = agenda.talksGivenBy(recorded.id());

        assertThat(given).extracting(SpokenTalk::title).containsExactly("Shown talk");
        assertThat(given.get(0).eventTitle()).isEqualTo("Public stage");
        assertThat(given.get(0).eventId()).isEqualTo(shown);
        // The export holds all five: it is the person's own data, whatever the events' state.
        assertThat((List<?>) personalData.export(recorded.id()).get("talks")).hasSize(5);
    }

    @Test
    void erasureTakesThePersonOffEverySpeakerListAndKeepsTheTalks() {
        var leaving = TestAccounts.signUp(accounts, "Lea Leaving");
        var event = published("Erasure night");
        var shared = agenda.create(owner.id(), event, talk("Shared", 0, 30, "", List.of(leaving.id().toString(),
                speaker.id().toString()), List.of()));
        var alone = agenda.create(owner.id(), event, talk("Alone", 30, 30, "", List.of(leaving.id().toString()),
                List.of()));
        assertThat(personalData.export(leaving.id()).get("talks").toString()).contains("Shared", "Alone");

        accounts.erase(leaving.id(), null);

        var after = agenda.wholeAgenda(Optional.empty(), event);
        assertThat(after).extracting(Talk::id).containsExactly(shared.id(), alone.id());
        assertThat(after.get(0).speakers()).containsExactly(Speaker.member(speaker.id(), "Sam Speaker"));
        assertThat(after.get(1).speakers()).isEmpty();
        assertThat(sql.fetchCount(TALK_SPEAKERS, TALK_SPEAKERS.ACCOUNT_ID.eq(leaving.id()))).isZero();
        assertThat(sql.fetchCount(TALK_SPEAKERS, TALK_SPEAKERS.GUEST_NAME.eq("Lea Leaving"))).isZero();
        assertThat((List<?>) personalData.export(leaving.id()).get("talks")).isEmpty();
    }

    @Test
    void aTalkIsACalendarEntryInTheEventsTimeZone() {
        var event = published("Calendar night");
        var talk = agenda.create(owner.id(), event, talk("Heat pumps", 60, 30, "Loft",
                List.of(speaker.id().toString()), List.of()));

        var ics = agenda.calendar(Optional.empty(), event, talk.id());

        assertThat(ics).contains("SUMMARY:Heat pumps", "UID:" + talk.id() + "@mingle-agenda",
                "TZID=Europe/Berlin", "LOCATION:Loft\\, Factory Berlin", "Sam Speaker", "METHOD:PUBLISH");
    }

    @Test
    void organizersPickSpeakersFromTheTeamAndAttendeesOrByEmail() {
        var event = published("Choice night");

        assertThat(agenda.speakerChoices(owner.id(), event)).extracting(SpeakerChoice::name).contains("Olga Owner");
        assertThat(agenda.speakerByEmail(owner.id(), event, speaker.email().value()))
                .contains(new SpeakerChoice(speaker.id(), "Sam Speaker"));
        assertThatThrownBy(() -> agenda.speakerByEmail(stranger.id(), event, speaker.email().value()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(agenda.mayEdit(Optional.of(owner.id()), event)).isTrue();
        assertThat(agenda.mayEdit(Optional.of(stranger.id()), event)).isFalse();
        assertThat(agenda.mayEdit(Optional.empty(), event)).isFalse();
    }

    private TalkInput talk(String title, int fromMinute, int minutes, String room, List<String> speakers,
                           List<String> guests) {
        var start = nextWeek.plus(Duration.ofMinutes(fromMinute));
        return new TalkInput(title, "About " + title, start, start.plus(Duration.ofMinutes(minutes)), room, speakers,
                guests);
    }

    private EventId published(String title) {
        var id = events.create(owner.id(), EventInputs.valid(title, nextWeek)).id();
        events.publish(owner.id(), id);
        return id;
    }
}
