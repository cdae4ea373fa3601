package dev.poolforge.processor;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reflective access to the state of test objects: every instance field, own and inherited, read as
 * comparable text, and made "dirty" (different from any fresh value) as a user of the object would.
 * Objects of the test's own classes (package {@code rt}) are followed into.
 */
final class ObjectState {
    private static final String TEST_PACKAGE = "rt.";

    private ObjectState() {
    }

    /** Field name (qualified by its class) to the field's value as text. */
    static Map<String, String> of(Object obj) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Field field : instanceFields(obj.getClass())) {
            state.put(field.getDeclaringClass().getSimpleName() + "." + field.getName(), text(read(field, obj)));
        }
        return state;
    }

    /** Changes every instance field: containers in place, other fields by assignment. */
    static void dirty(Object obj) throws ReflectiveOperationException {
        for (Field field : instanceFields(obj.getClass())) {
            Object value = read(field, obj);
            if (isTestObject(value)) {
                dirty(value);
            } else if (!dirtyInPlace(value)) {
                field.set(obj, dirtyValue(field.getType(), value));
            }
        }
    }

    private static boolean dirtyInPlace(Object value) {
        if (value instanceof Collection<?>) {
            addDirty((Collection<?>) value);
        } else if (value instanceof Map<?, ?>) {
            putDirty((Map<?, ?>) value);
        } else if (value instanceof StringBuilder builder) {
            builder.append("dirty");
        } else if (value instanceof StringBuffer buffer) {
            buffer.append("dirty");
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                Array.set(value, i, dirtyValue(value.getClass().getComponentType(), null));
            }
        } else if (value instanceof AtomicInteger atomic) {
            atomic.set(7);
        } else if (value instanceof AtomicLong atomic) {
            atomic.set(7);
        } else if (value instanceof AtomicBoolean atomic) {
            atomic.set(true);
        } else if (value instanceof AtomicReference<?> atomic) {
            setDirty(atomic);
        } else {
            return false;
        }
        return true;
    }

    @SuppressWarnings("unchecked") // test fields hold strings; erasure lets any element in
    private static void addDirty(Collection<?> collection) {
        ((Collection<Object>) collection).add("dirty");
    }

    @SuppressWarnings("unchecked")
    private static void putDirty(Map<?, ?> map) {
        ((Map<Object, Object>) map).put("dirty", 7);
    }

    @SuppressWarnings("unchecked")
    private static void setDirty(AtomicReference<?> atomic) {
        ((AtomicReference<Object>) atomic).set("dirty");
    }

    /** A value of {@code type} that differs from its default and from the constants tests initialize with. */
    private static Object dirtyValue(Class<?> type, Object current) {
        if (type == int.class || type == Integer.class) {
            return 77;
        } else if (type == long.class || type == Long.class) {
            return 77L;
        } else if (type == double.class || type == Double.class) {
            return 7.7;
        } else if (type == float.class || type == Float.class) {
            return 7.7f;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == char.class || type == Character.class) {
            return 'z';
        } else if (type == byte.class || type == Byte.class) {
            return (byte) 7;
        } else if (type == short.class || type == Short.class) {
            return (short) 7;
        } else if (type == String.class) {
            return "dirty";
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        } else if (type == List.class) {
            return new ArrayList<>(List.of("dirty"));
        } else if (type == Set.class) {
            return new HashSet<>(Set.of("dirty"));
        } else if (type == Map.class) {
            return new HashMap<>(Map.of("dirty", 7));
        } else if (type == StringBuilder.class) {
            return new StringBuilder("dirty");
        }
        return current == null ? new Object() : null;
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {value});
        }
        if (isTestObject(value)) {
            return of(value).toString();
        }
        if (value.getClass() == Object.class) {
            return "an Object"; // identity does not matter, only that there is one
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static boolean isTestObject(Object value) {
        return value != null && !(value instanceof Enum<?>) && value.getClass().getName().startsWith(TEST_PACKAGE);
    }

    private static List<Field> instanceFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The value of the instance field {@code name}, own or inherited. */
    static Object get(Object obj, String name) {
        return read(named(obj, name), obj);
    }

    static void set(Object obj, String name, Object value) throws IllegalAccessException {
        named(obj, name).set(obj, value);
    }

    private static Field named(Object obj, String name) {
        return instanceFields(obj.getClass()).stream()
                .filter(field -> field.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(obj.getClass() + " has no field " + name));
    }

    private static Object read(Field field, Object obj) {
        try {
            return field.get(obj);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
