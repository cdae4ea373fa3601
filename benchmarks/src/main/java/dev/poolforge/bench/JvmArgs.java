package dev.poolforge.bench;

/**
 * The JVM arguments of every benchmark fork, in {@link PoolBenchmark}'s {@code @Fork} so that no
 * run can leave them out. JMH lets the command line's {@code -jvmArgsAppend} replace them: add to
 * {@code -jvmArgsPrepend} instead.
 */
final class JvmArgs {
    /** A fixed, pre-touched heap: the heap never grows during a run and its pages are mapped up front. */
    static final String HEAP_MIN = "-Xms1g";
    static final String HEAP_MAX = "-Xmx1g";
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";
    /**
     * JMH's worker threads come from {@link FastThreadLocalWorkers}: Netty FastThreadLocalThreads,
     * so that a Recycler can be measured at its best.
     */
    static final String WORKERS = "-Djmh.executor=CUSTOM";
    static final String WORKERS_CLASS = "-Djmh.executor.class=dev.poolforge.bench.FastThreadLocalWorkers";

    private JvmArgs() {
    }
}
