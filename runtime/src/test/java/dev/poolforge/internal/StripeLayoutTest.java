package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stripe's three groups of fields (shared, put end, take end) stay a cache line apart in the
 * layout this JVM chose. HotSpot moves a subclass's field into a hole a superclass left, so a
 * field added to one group can bring another group's flag next to it; the offsets show it.
 */
class StripeLayoutTest {
    private static final int CACHE_LINE = 64;

    @Test
    void fieldsOfDifferentGroupsAreACacheLineApart() throws Exception {
        List<Field> fields = new ArrayList<>();
        for (Class<?> group : List.of(StripeShared.class, StripePutEnd.class, StripeTakeEnd.class)) {
            for (Field field : group.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        for (Field a : fields) {
            for (Field b : fields) {
                if (a.getDeclaringClass() != b.getDeclaringClass()) {
                    assertThat(Math.abs(offset(a) - offset(b)))
                            .as("%s at %d and %s at %d", name(a), offset(a), name(b), offset(b))
                            .isGreaterThanOrEqualTo(CACHE_LINE);
                }
            }
        }
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    /** The field's offset in its object, read through {@code sun.misc.Unsafe}, as HotSpot laid it out. */
    private static long offset(Field field) throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        return (long) unsafeClass.getMethod("objectFieldOffset", Field.class).invoke(theUnsafe.get(null), field);
    }
}
