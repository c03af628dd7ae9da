package org.mingle.app;

import java.util.List;
import java.util.Optional;

/**
 * Without a heap limit the JVM may take a quarter of the machine's memory, and it does: password hashing makes 19 MiB
 * of garbage per log-in, and the collector grows the heap rather than collect more often. The jar cannot set its own
 * limit (only the {@code java} command can), so Mingle says so at start-up when none was given.
 */
final class HeapLimit {

    static final String ADVICE = "-Xmx512m";
    private static final long GIB = 1L << 30;
    private static final List<String> LIMITS = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAMPercentage=",
            "-XX:MaxRAM=");

    private HeapLimit() {
    }

    /** A warning for the log when the heap may grow past 1 GiB and no limit was given on the command line. */
    static Optional<String> warning(List<String> jvmArguments, long maxHeapBytes) {
        boolean limited = jvmArguments.stream().anyMatch(argument -> LIMITS.stream().anyMatch(argument::startsWith));
        if (limited || maxHeapBytes <= GIB) {
            return Optional.empty();
        }
        return Optional.of(("Started without a heap limit: the JVM may grow to %d MiB under load. Start Mingle with "
                + "'java %s -jar mingle.jar' (or set JDK_JAVA_OPTIONS=%s); README.md, section Memory, says how much "
                + "a given load needs.").formatted(maxHeapBytes / (1L << 20), ADVICE, ADVICE));
    }
}
