package dev.poolforge;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints every field of a padded class that sits less than a cache line from a field of another
 * group, or from either end of its object, in the layout this JVM chose, then {@code checked}: run
 * by {@link PaddingLayoutTest} in child JVMs with the object layouts users run. HotSpot moves a
 * subclass's field into a hole a superclass left, so a field added to one group, or a header of
 * another size, can bring another group's flag next to it, or a field to the object's edge, next
 * to whatever object the heap put there.
 */
public final class PaddingLayoutProbe {
    private static final int CACHE_LINE = 64;
    /** Each padded class of the runtime, with its groups of fields: those that threads write apart. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "Stripe", List.of("StripeShared", "StripePutEnd", "StripeTakeEnd"),
            "Lane", List.of("LaneFields"),
            "LaneSeat", List.of("LaneSeatHash"));

    private final Object unsafe;
    private final Class<?> unsafeClass;

    private PaddingLayoutProbe() throws ReflectiveOperationException {
        unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        unsafe = theUnsafe.get(null);
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        PaddingLayoutProbe probe = new PaddingLayoutProbe();
        for (Map.Entry<String, List<String>> padded : GROUPS.entrySet()) {
            probe.check(internal(padded.getKey()), padded.getValue());
        }
        System.out.println("checked");
    }

    private void check(Class<?> padded, List<String> groups) throws ReflectiveOperationException {
        List<Field> fields = new ArrayList<>();
        for (String group : groups) {
            for (Field field : internal(group).getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        long size = instanceSize(padded);
        for (int a = 0; a < fields.size(); a++) {
            Field field = fields.get(a);
            long offset = offset(field);
            if (offset < CACHE_LINE || size - (offset + width(field)) < CACHE_LINE) {
                System.out.println("too close to an end: " + name(field) + " at " + offset + " of " + size);
            }
            for (int b = a + 1; b < fields.size(); b++) {
                Field other = fields.get(b);
                if (field.getDeclaringClass() != other.getDeclaringClass()
                        && Math.abs(offset - offset(other)) < CACHE_LINE) {
                    System.out.println("too close: " + name(field) + " at " + offset + ", " + name(other) + " at "
                            + offset(other));
                }
            }
        }
    }

    /** Where the last field of the class or its superclasses ends, rounded up to HotSpot's 8-byte alignment. */
    private long instanceSize(Class<?> padded) throws ReflectiveOperationException {
        long end = 0;
        for (Class<?> c = padded; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    end = Math.max(end, offset(field) + width(field));
                }
            }
        }
        return (end + 7) & -8;
    }

    private long offset(Field field) throws ReflectiveOperationException {
        return (long) unsafeClass.getMethod("objectFieldOffset", Field.class).invoke(unsafe, field);
    }

    private int width(Field field) throws ReflectiveOperationException {
        Class<?> type = field.getType();
        if (!type.isPrimitive()) {
            return (int) unsafeClass.getMethod("arrayIndexScale", Class.class).invoke(unsafe, Object[].class);
        }
        return type == long.class || type == double.class ? 8
                : type == int.class || type == float.class ? 4
                : type == short.class || type == char.class ? 2
                : 1;
    }

    private static Class<?> internal(String simpleName) throws ClassNotFoundException {
        return Class.forName("dev.poolforge.internal." + simpleName);
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
