package org.mingle.benchmarks;

import java.util.concurrent.TimeUnit;
import org.mingle.domain.accounts.Argon2idHasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one log-in costs: verifying a password against a stored Argon2id hash with the parameters Mingle uses.
 * Sample mode, to read the median (p50) and the tail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class PasswordHashingBenchmark {

    private final Argon2idHasher hasher = new Argon2idHasher(Argon2idHasher.OWASP_MINIMUM);
    private String stored;

    @Setup
    public void hashOnce() {
        stored = hasher.hash("tangerine orbit maple 1987");
    }

    @Benchmark
    public boolean verifyAtOwaspMinimum() {
        return hasher.verify("tangerine orbit maple 1987", stored);
    }
}
