package org.mingle.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mingle.domain.shared.InstallationSecret;
import org.mingle.domain.shared.InvalidInputException;
import org.mingle.testsupport.MicronautPostgres;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedLinksTest implements MicronautPostgres {

    @Inject
    SignedLinks links;
    @Inject
    UsedLinks used;
    @Inject
    InstallationSecret secret;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aSignedLinkCarriesItsSubjectAndPurpose() {
        String token = links.sign(SignedLinks.Purpose.UNSUBSCRIBE, "account-1", "MEETINGS");

        var verified = links.verify(token, SignedLinks.Purpose.UNSUBSCRIBE);

        assertThat(verified.subject()).containsExactly("account-1", "MEETINGS");
        assertThat(verified.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(364)),
                Instant.now().plus(Duration.ofDays(366)));
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void aChangedCutOffOrMisdirectedLinkIsDamaged() {
        String token = links.sign(SignedLinks.Purpose.MEETING_REPLY, "a", "b");
        String payload = token.substring(0, token.indexOf('.'));
        String other = links.sign(SignedLinks.Purpose.MEETING_REPLY, "a", "c");
        String forged = payload + other.substring(other.indexOf('.'));

        for (String bad : new String[] {forged, token.substring(0, token.length() - 3), "", null, "x.y", "..."}) {
            assertThatThrownBy(() -> links.verify(bad, SignedLinks.Purpose.MEETING_REPLY))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("This link is not valid");
        }
        assertThatThrownBy(() -> links.verify(token, SignedLinks.Purpose.UNSUBSCRIBE))
                .hasMessageContaining("This link is not valid");
        var otherInstallation = new SignedLinks(() -> "another installation's secret, 48 bytes long....".getBytes(),
                used, transactions, Clock.systemUTC());
        assertThatThrownBy(() -> otherInstallation.verify(token, SignedLinks.Purpose.MEETING_REPLY))
                .hasMessageContaining("This link is not valid");
    }

    @Test
    void anExpiredLinkSaysSo() {
        var lastWeek = new SignedLinks(secret, used, transactions,
                Clock.fixed(Instant.now().minus(Duration.ofDays(8)), ZoneOffset.UTC));
        String token = lastWeek.sign(SignedLinks.Purpose.MEETING_REPLY, "a");

        assertThatThrownBy(() -> links.verify(token, SignedLinks.Purpose.MEETING_REPLY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("This link has expired: links in mail work for 7 days.");
    }

    @Test
    void aSingleUseLinkWorksOnceAndThenSaysItWasUsed() {
        String token = links.sign(SignedLinks.Purpose.MEETING_REPLY, "a");

        links.use(token, SignedLinks.Purpose.MEETING_REPLY);

        assertThatThrownBy(() -> links.verify(token, SignedLinks.Purpose.MEETING_REPLY))
                .hasMessageContaining("This link was already used");
        assertThatThrownBy(() -> links.use(token, SignedLinks.Purpose.MEETING_REPLY))
                .hasMessageContaining("This link was already used");
    }

    @Test
    void anUnsubscribeLinkWorksAgainAndAgain() {
        String token = links.sign(SignedLinks.Purpose.UNSUBSCRIBE, "a", "GROUPS");

        links.use(token, SignedLinks.Purpose.UNSUBSCRIBE);
        links.use(token, SignedLinks.Purpose.UNSUBSCRIBE);

        assertThat(links.verify(token, SignedLinks.Purpose.UNSUBSCRIBE).subject()).containsExactly("a", "GROUPS");
    }

    @Test
    void usedByEightAtTheSameMomentASingleUseLinkActsOnce() throws Exception {
        String token = links.sign(SignedLinks.Purpose.MEETING_REPLY, "a");

        int succeeded = inParallel(8, () -> {
            try {
                links.use(token, SignedLinks.Purpose.MEETING_REPLY);
                return 1;
            } catch (InvalidInputException used) {
                return 0;
            }
        });

        assertThat(succeeded).isOne();
    }

    @Test
    void negativeControlCheckingWithoutRecordingLetsEveryParallelUseThrough() throws Exception {
        String token = links.sign(SignedLinks.Purpose.MEETING_REPLY, "a");

        int passed = inParallel(8, () -> {
            links.verify(token, SignedLinks.Purpose.MEETING_REPLY);
            return 1;
        });

        assertThat(passed).isEqualTo(8);
    }

    private static int inParallel(int count, Callable<Integer> work) throws Exception {
        var barrier = new CyclicBarrier(count);
        var pool = Executors.newFixedThreadPool(count);
        try {
            var results = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < count; i++) {
                results.add(pool.submit(() -> {
                    barrier.await();
                    return work.call();
                }));
            }
            int total = 0;
            for (var result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
