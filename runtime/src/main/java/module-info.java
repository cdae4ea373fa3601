/**
 * poolforge runtime: the annotations a user puts on pooled classes and the {@link dev.poolforge.Pool}
 * that generated pools extend. Depends on {@code java.base} only.
 */
module dev.poolforge {
    exports dev.poolforge;
}
