package org.mingle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeapLimitTest {

    private static final long SIX_GIB = 6L << 30;

    @Test
    void aLargeDefaultHeapWithoutALimitIsWarnedAbout() {
        assertThat(HeapLimit.warning(List.of("-Dfile.encoding=UTF-8"), SIX_GIB)).hasValueSatisfying(warning ->
                assertThat(warning).contains("6144 MiB").contains("java -Xmx512m -jar"));
    }

    @Test
    void anyHeapLimitOnTheCommandLineOrASmallMachineIsNot() {
        assertThat(HeapLimit.warning(List.of("-Xmx2g"), SIX_GIB)).isEmpty();
        assertThat(HeapLimit.warning(List.of("-XX:MaxRAMPercentage=50"), SIX_GIB)).isEmpty();
        assertThat(HeapLimit.warning(List.of("-XX:MaxHeapSize=805306368"), SIX_GIB)).isEmpty();
        assertThat(HeapLimit.warning(List.of(), 512L << 20)).isEmpty();
    }
}
