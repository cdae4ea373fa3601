/**
 * poolforge runtime: the annotations a user puts on pooled classes and the {@link dev.poolforge.Pool}
 * that generated pools extend. Depends on {@code java.base} only; uses {@code java.management}
 * (an MXBean per named pool) and {@code jdk.jfr} (Flight Recorder events) when the JVM has them.
 */
module dev.poolforge {
    requires static java.management;
    requires static jdk.jfr;

    exports dev.poolforge;
}
