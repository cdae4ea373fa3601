package dev.poolforge;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints every pair of fields from different groups of a stripe (shared, put end, take end) that
 * sit less than a cache line apart in the layout this JVM chose, then {@code checked}: run by
 * {@link StripeLayoutTest} in child JVMs with the object layouts users run. HotSpot moves a
 * subclass's field into a hole a superclass left, so a field added to one group, or a header of
 * another size, can bring another group's flag next to it.
 */
public final class StripeLayoutProbe {
    private static final int CACHE_LINE = 64;
    private static final List<String> GROUPS = List.of("StripeShared", "StripePutEnd", "StripeTakeEnd");

    private StripeLayoutProbe() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        Object unsafe = theUnsafe.get(null);
        List<Field> fields = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (String group : GROUPS) {
            for (Field field : Class.forName("dev.poolforge.internal." + group).getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                    offsets.add((long) unsafeClass.getMethod("objectFieldOffset", Field.class).invoke(unsafe, field));
                }
            }
        }
        for (int a = 0; a < fields.size(); a++) {
            for (int b = a + 1; b < fields.size(); b++) {
                if (fields.get(a).getDeclaringClass() != fields.get(b).getDeclaringClass()
                        && Math.abs(offsets.get(a) - offsets.get(b)) < CACHE_LINE) {
                    System.out.println("too close: " + name(fields.get(a)) + " at " + offsets.get(a) + ", "
                            + name(fields.get(b)) + " at " + offsets.get(b));
                }
            }
        }
        System.out.println("checked");
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
