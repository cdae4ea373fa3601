package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guarantees 9 and 10: a tier belongs to one thread whatever its {@code getId()} says, an ended
 * thread's objects come back to the others, and an object idle in a busy thread's tier still
 * ages out.
 */
class ThreadEdgesTest {

    /** A thread that lies about its id, as any subclass may on JDK 17 and later. */
    private static final class SameIdThread extends Thread {
        SameIdThread(Runnable task) {
            super(task);
        }

        @Override
        @SuppressWarnings("deprecation") // overriding is the point: getId() is neither final nor gone
        public long getId() {
            return 42;
        }
    }

    @Test
    void twoThreadsWithOneIdNeverShareATier() throws Exception {
        TokenPool pool = new TokenPool(PoolConfig.builder().perThread(2).build());
        AtomicInteger doubleHandOuts = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(2);
        Runnable work = () -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            for (int i = 0; i < 2_000_000; i++) {
                Token token = pool.acquire();
                if (!token.lend()) {
                    doubleHandOuts.incrementAndGet();
                    continue; // the other thread has it: giving it back would only hide the fault
                }
                token.giveBack();
                pool.release(token);
            }
        };
        Thread first = new SameIdThread(work);
        Thread second = new SameIdThread(work);
        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(doubleHandOuts.get()).as("objects handed to both threads at once").isZero();
    }

    @Test
    void threadPerTaskReusesObjectsAndStaysWithinTheBound() throws Exception {
        assertThreadPerTaskResult(ThreadPerTaskProbe.run());
    }

    @Test
    void threadPerTaskStaysWithinTheBoundWhenNoGcCycleEverComes() throws Exception {
        ChildJvm.Result child = ChildJvm.run(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC",
                "-Xmx1g", "-cp", System.getProperty("java.class.path")), ThreadPerTaskProbe.class.getName());
        assertThat(child.exitCode).as(child.output).isZero();
        assertThreadPerTaskResult(child.output);
    }

    private static void assertThreadPerTaskResult(String output) {
        Matcher result = Pattern.compile("maxIdle=(\\d+) bound=(\\d+) hitRate=([\\d.]+)").matcher(output);
        assertThat(result.find()).as(output).isTrue();
        assertThat(Integer.parseInt(result.group(1))).as("most idle objects seen after a task ended: %s", output)
                .isLessThanOrEqualTo(Integer.parseInt(result.group(2)));
        assertThat(Double.parseDouble(result.group(3))).as("hit rate: %s", output).isGreaterThan(0.9);
    }

    @Test
    void anObjectIdleInATierIsEvictedWhileItsThreadKeepsUsingThePool() {
        TokenPool pool = new TokenPool(PoolConfig.builder().perThread(4).build());
        Token[] tokens = {pool.acquire(), pool.acquire(), pool.acquire(), pool.acquire()};
        for (Token token : tokens) {
            pool.release(token);
        }
        assertThat(pool.idle()).isEqualTo(4);

        for (int cycle = 0; cycle < 3; cycle++) {
            GcCycles.await(1);
            // Only the newest object is used; the three under it stay idle.
            pool.release(pool.acquire());
        }

        assertThat(pool.idle()).as("%s", pool.stats()).isEqualTo(1);
        // At least the three idle ones; a fourth when other collections made two ticks between
        // two uses, which leaves the object in use idle through two cycles too.
        assertThat(pool.stats().evictions()).isGreaterThanOrEqualTo(3);
    }
}
