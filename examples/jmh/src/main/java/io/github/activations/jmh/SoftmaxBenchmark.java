package io.github.activations.jmh;

import io.github.activations.Softmax;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Softmax.of} against a naive softmax and a copy-only baseline, at n = 1000.
 *
 * <ul>
 *   <li>{@code baseline}: allocates and fills the output array, the floor every method pays;</li>
 *   <li>{@code naive}: max shift, {@code Math.exp}, one plain loop sum, one division per element: what most code
 *       does, without the library's accurate sum or input checks;</li>
 *   <li>{@code library}: {@code Softmax.of(z)}.</li>
 * </ul>
 *
 * <p>Quote ratios between methods from one run only. Run:
 * {@code java -jar examples/jmh/target/benchmarks.jar SoftmaxBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SoftmaxBenchmark {
    /** Vector length. */
    @Param("1000")
    public int n;

    private double[] z;

    /** Fills {@code z} with seeded logits in [−10, 10). */
    @Setup
    public void setUp() {
        z = logits(n, 42L);
    }

    /**
     * Returns {@code n} logits drawn uniformly from [−10, 10) with the given seed.
     *
     * @param n how many
     * @param seed the seed
     * @return the logits
     */
    public static double[] logits(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextDouble(-10, 10);
        }
        return z;
    }

    /**
     * Copies the input: the cost of producing a new array, and nothing else.
     *
     * @return a copy of z
     */
    @Benchmark
    public double[] baseline() {
        return z.clone();
    }

    /**
     * A naive but max-shifted softmax.
     *
     * @return softmax(z)
     */
    @Benchmark
    public double[] naive() {
        return naiveSoftmax(z);
    }

    /**
     * The library.
     *
     * @return {@code Softmax.of(z)}
     */
    @Benchmark
    public double[] library() {
        return Softmax.of(z);
    }

    /**
     * Softmax as most code writes it: max shift, {@code Math.exp}, a plain running sum.
     *
     * @param z the logits
     * @return softmax(z), without input checks or an accurate sum
     */
    public static double[] naiveSoftmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] out = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.exp(z[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
