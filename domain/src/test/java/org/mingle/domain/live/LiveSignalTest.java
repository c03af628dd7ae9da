package org.mingle.domain.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LiveSignalTest {

    @Test
    void manySignalsTravelInPayloadsPostgresAcceptsAndComeBackAsSent() {
        var topics = LiveSignal.Topic.values();
        List<LiveSignal> sent = IntStream.range(0, 1_000).mapToObj(i -> new LiveSignal(topics[i % topics.length],
                UUID.randomUUID())).toList();

        var payloads = LiveSignal.payloads(sent);

        assertThat(payloads).hasSize(7); // 150 to a payload
        assertThat(payloads).allSatisfy(payload ->
                assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8_000));
        List<LiveSignal> received = new ArrayList<>();
        payloads.forEach(payload -> received.addAll(LiveSignal.parse(payload)));
        assertThat(received).containsExactlyElementsOf(sent);
    }

    @Test
    void partsThatAreNotSignalsAreLeftOut() {
        UUID id = UUID.randomUUID();

        assertThat(LiveSignal.parse("X:" + id + " I:not-an-id  A " + " I:" + id + " A:" + id))
                .containsExactly(new LiveSignal(LiveSignal.Topic.INBOX, id),
                        new LiveSignal(LiveSignal.Topic.ATTENDANCE, id));
        assertThat(LiveSignal.payloads(List.of())).isEmpty();
    }
}
