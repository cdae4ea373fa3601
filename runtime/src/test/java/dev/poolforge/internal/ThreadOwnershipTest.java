package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The look-up's ownership check: a thread whose getId() answers another thread's id (possible
 * before JDK 19) never gets that thread's tier, nor that thread its tier, and a subclass that
 * keeps getId() finds its own. The runtime reads ids a subclass cannot change wherever the JVM
 * lets it; the check it falls back on elsewhere is tested here directly.
 */
class ThreadOwnershipTest {
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
        TierTable table = StandaloneTiers.table(2, new Stripes(1, 4, GcClock.instance()));
        ThreadTier mine = table.tierOf(Thread.currentThread());
        AtomicReference<ThreadTier> theirs = new AtomicReference<>();
        @SuppressWarnings("deprecation") // the id the other thread's getId() answers
        Thread other = new BorrowedIdThread(Thread.currentThread().getId(),
                () -> theirs.set(table.tierOf(Thread.currentThread())));
        other.start();
        other.join();

        assertThat(theirs.get()).isNotNull().isNotSameAs(mine);
        assertThat(table.tierOf(Thread.currentThread())).isSameAs(mine);
    }

    @Test
    void aPlainThreadWhoseIdAnotherThreadAnsweredFirstGetsATierOfItsOwn() throws Exception {
        TierTable table = StandaloneTiers.table(2, new Stripes(1, 4, GcClock.instance()));
        AtomicReference<ThreadTier> plains = new AtomicReference<>();
        Thread plain = new Thread(() -> plains.set(table.tierOf(Thread.currentThread())));
        AtomicReference<ThreadTier> theirs = new AtomicReference<>();
        @SuppressWarnings("deprecation") // the id the other thread's getId() answers
        Thread other = new BorrowedIdThread(plain.getId(), () -> theirs.set(table.tierOf(Thread.currentThread())));
        other.start();
        other.join();
        plain.start();
        plain.join();

        assertThat(plain.getClass()).isSameAs(Thread.class);
        assertThat(plains.get()).isNotNull().isNotSameAs(theirs.get());
    }

    @Test
    void aThreadOfASubclassThatKeepsGetIdFindsItsOwnTierAgain() throws Exception {
        TierTable table = StandaloneTiers.table(2, new Stripes(1, 4, GcClock.instance()));
        CountDownLatch looked = new CountDownLatch(1);
        AtomicReference<ThreadTier> first = new AtomicReference<>();
        AtomicReference<ThreadTier> again = new AtomicReference<>();
        Thread thread = new HonestThread() {
            @Override
            public void run() {
                first.set(table.tierOf(this));
                again.set(table.tierOf(this));
                looked.countDown();
            }
        };
        thread.start();
        assertThat(looked.await(10, TimeUnit.SECONDS)).isTrue();
        thread.join();

        assertThat(again.get()).isSameAs(first.get());
        assertThat(table.tierOf(Thread.currentThread())).isNotSameAs(first.get());
    }

    @Test
    @SuppressWarnings("deprecation") // the id the thread's getId() answers
    void theIdThePoolReadsIsTheThreadsOwnWhateverGetIdAnswers() {
        Thread borrower = new BorrowedIdThread(Thread.currentThread().getId(), () -> { });

        assertThat(Threads.IDS_ARE_FINAL).as("ids a subclass cannot change, on JDK 17 (tid) and 19+ (threadId())")
                .isTrue();
        assertThat(Threads.id(borrower)).isNotEqualTo(borrower.getId());
    }

    @Test
    @SuppressWarnings("deprecation") // the ids the threads' getId() answer
    void whereIdsCanLieAThreadAnsweringTheOwnersIdIsNotTheOwner() {
        Thread me = Thread.currentThread();
        ThreadTier mine = new ThreadTier(2, me, me.getId());
        Thread borrower = new BorrowedIdThread(me.getId(), () -> { });

        assertThat(mine.ownedByWhereIdsCanLie(me, me.getId())).isTrue();
        assertThat(mine.ownedByWhereIdsCanLie(borrower, borrower.getId())).isFalse();
    }

    @Test
    @SuppressWarnings("deprecation") // the ids the threads' getId() answer
    void whereIdsCanLieAPlainThreadIsMatchedByIdAndNoOtherThreadWithThatId() {
        Thread plain = new Thread(() -> { });
        ThreadTier plains = new ThreadTier(2, plain, plain.getId());
        Thread borrower = new BorrowedIdThread(plain.getId(), () -> { });
        HonestThread honest = new HonestThread();

        assertThat(plains.ownedByWhereIdsCanLie(plain, plain.getId())).isTrue();
        assertThat(plains.ownedByWhereIdsCanLie(borrower, borrower.getId())).isFalse();
        assertThat(plains.ownedByWhereIdsCanLie(honest, plain.getId())).isFalse();
        assertThat(new ThreadTier(2, honest, honest.getId()).ownedByWhereIdsCanLie(honest, honest.getId())).isTrue();
    }
}
