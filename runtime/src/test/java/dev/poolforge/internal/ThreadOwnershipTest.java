package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The look-up's fast ownership check: equal ids prove a thread owns a tier only where neither
 * side can lie about its id, and a tier keeps no thread class whose loader poolforge's does not
 * already keep.
 */
class ThreadOwnershipTest {
    private static final boolean IDS_ARE_FINAL = Runtime.version().feature() >= 19;

    /** A thread that answers another thread's id, as a subclass may before JDK 19. */
    private static final class BorrowedIdThread extends Thread {
        private final long borrowed;

        BorrowedIdThread(long borrowed, Runnable task) {
            super(task);
            this.borrowed = borrowed;
        }

        @Override
        @SuppressWarnings("deprecation") // overriding is the point
        public long getId() {
            return borrowed;
        }
    }

    /** A subclass that leaves getId() alone, as Netty's FastThreadLocalThread does. */
    private static class HonestThread extends Thread {
    }

    @Test
    void aThreadAnsweringTheOwnersIdDoesNotGetItsTier() throws Exception {
        ThreadTiers tiers = new ThreadTiers(2, new Stripes(1, 4, GcClock.instance()), GcClock.instance());
        ThreadTier mine = tiers.of(Thread.currentThread());
        AtomicReference<ThreadTier> theirs = new AtomicReference<>();
        @SuppressWarnings("deprecation") // the id the other thread's getId() answers
        Thread other = new BorrowedIdThread(Thread.currentThread().getId(),
                () -> theirs.set(tiers.of(Thread.currentThread())));
        other.start();
        other.join();

        assertThat(theirs.get()).isNotNull().isNotSameAs(mine);
        assertThat(tiers.of(Thread.currentThread())).isSameAs(mine);
    }

    @Test
    void anIdProvesOwnershipOnlyForClassesThatCannotLieAboutIt() {
        assertThat(Threads.idWitness(new Thread())).isEqualTo(Thread.class);
        assertThat(Threads.idWitness(new BorrowedIdThread(1, () -> { })))
                .isEqualTo(IDS_ARE_FINAL ? Thread.class : null);
        assertThat(Threads.idWitness(new HonestThread()))
                .isEqualTo(IDS_ARE_FINAL ? Thread.class : HonestThread.class);
    }

    @Test
    void aTierKeepsNoThreadClassOfAnotherLoader() throws Exception {
        // A thread class of a child loader, as a web application's would be.
        ClassLoader child = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(HonestThread.class.getName())) {
                    return super.loadClass(name, resolve);
                }
                try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (java.io.IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        };
        Class<?> childClass = child.loadClass(HonestThread.class.getName());
        var constructor = childClass.getDeclaredConstructor();
        constructor.setAccessible(true);
        Thread thread = (Thread) constructor.newInstance();

        assertThat(thread.getClass().getClassLoader()).isSameAs(child);
        assertThat(Threads.idWitness(thread)).isEqualTo(IDS_ARE_FINAL ? Thread.class : null);
    }

    @Test
    void aThreadOfASubclassThatKeepsGetIdFindsItsOwnTierAgain() throws Exception {
        ThreadTiers tiers = new ThreadTiers(2, new Stripes(1, 4, GcClock.instance()), GcClock.instance());
        CountDownLatch looked = new CountDownLatch(1);
        AtomicReference<ThreadTier> first = new AtomicReference<>();
        AtomicReference<ThreadTier> again = new AtomicReference<>();
        Thread thread = new HonestThread() {
            @Override
            public void run() {
                first.set(tiers.of(this));
                again.set(tiers.of(this));
                looked.countDown();
            }
        };
        thread.start();
        assertThat(looked.await(10, TimeUnit.SECONDS)).isTrue();
        thread.join();

        assertThat(again.get()).isSameAs(first.get());
        assertThat(tiers.of(Thread.currentThread())).isNotSameAs(first.get());
    }
}
