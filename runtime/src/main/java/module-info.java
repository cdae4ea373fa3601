/**
 * poolforge runtime: the annotations a user puts on pooled classes and the {@link dev.poolforge.Pool}
 * that generated pools extend. Depends on JDK modules only: {@code java.base}, and {@code
 * jdk.unsupported}, through which it reads a thread's id where a subclass cannot change it on
 * JDK 17 and 18; uses {@code java.management} (an MXBean per named pool) and {@code jdk.jfr}
 * (Flight Recorder events) when the JVM has them.
 */
module dev.poolforge {
    requires static java.management;
    requires static jdk.jfr;
    // Not static: a modular application on JDK 17 or 18 then resolves it (and jlink adds it), where
    // a static requires would leave it out and the runtime on its slower way of telling threads apart.
    requires jdk.unsupported;

    exports dev.poolforge;
}
