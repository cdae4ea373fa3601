package dev.poolforge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a field of a {@link Pooled @Pooled} class: the field is restored to the state a new object has
 * each time the object is released, so no state leaks from one use to the next. The reference is a
 * new object the pool makes once with its own {@code create()} and never hands out. The generated
 * reset depends on the field's type: the new object's value for immutable values (primitives,
 * strings, boxes, enums, {@code java.time} values...), {@code clear()} for collections, maps and
 * bit sets, {@code setLength(0)} for string builders, {@code Arrays.fill} for arrays, the in-place
 * reset of atomics, adders, atomic arrays and NIO buffers, and the generated reset of a nested
 * {@code @Pooled} object. A container must be empty in a new object; the pool checks this when it
 * is built.
 *
 * <p>On a method of a {@code @Pooled} class (non-private, no parameters, returning {@code void} or
 * {@code boolean}): the method runs after the field resets, for state the generated code cannot
 * reset itself. Returning {@code false} drops the object instead of pooling it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Reset {
    /**
     * For a collection, map, or string builder field: the largest size (for a builder, capacity)
     * that is kept. An object whose field grew past it is dropped at release instead of pooled, so
     * that one unusually large use does not pin its memory for the life of the pool. The default,
     * {@link Integer#MAX_VALUE}, means no limit.
     *
     * @return the largest size kept
     */
    int maxSize() default Integer.MAX_VALUE;
}
