package dev.poolforge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose instances are reused through a generated pool.
 *
 * <p>For {@code @Pooled class OrderItem} in package {@code p}, the poolforge annotation processor
 * generates {@code p.OrderItemPool}, a {@link Pool Pool&lt;OrderItem&gt;} whose reset code is
 * derived from the class's {@link Reset @Reset} fields and methods. Every mutable instance field
 * must be {@code @Reset}, {@link Keep @Keep}, or reset by a {@code @Reset} method; the processor
 * rejects the class otherwise.
 *
 * <pre>{@code
 * @Pooled
 * public class OrderItem {
 *     @Reset long skuId;
 *     @Reset final List<String> options = new ArrayList<>();
 * }
 *
 * OrderItemPool pool = new OrderItemPool();
 * OrderItem item = pool.acquire();
 * try { ... } finally { pool.release(item); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Pooled {
    /**
     * The simple name of the generated pool class. Empty (the default) means the class's name
     * followed by {@code Pool}, with enclosing class names joined by {@code _} for nested classes
     * ({@code Outer.Item} gives {@code Outer_ItemPool}).
     *
     * @return the generated pool's simple name, or empty for the default
     */
    String name() default "";
}
