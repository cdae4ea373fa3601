package dev.poolforge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a field of a {@link Pooled @Pooled} class: the field keeps its value across reuse, on
 * purpose. Use it for state that is set once at construction and is the point of pooling, such
 * as a large buffer whose contents are overwritten before each use, or a shared clock.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Keep {
}
