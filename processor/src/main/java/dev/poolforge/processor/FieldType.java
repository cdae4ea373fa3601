package dev.poolforge.processor;

/**
 * How a pool restores a field of a given type to the value the template (a new object the pool
 * made and never hands out) has: by copying the template's value, or in place, for a container the
 * object owns. {@link TypeClassifier#classify} sorts types into these families.
 */
public enum FieldType {
    /**
     * An immutable value: primitives, boxes, {@code String}, enums, {@code java.time} values,
     * {@code BigInteger}, {@code BigDecimal}, {@code UUID}, and records of these. Copied from the
     * template; never mutable when final.
     */
    VALUE,
    /** {@code java.util.Collection} or {@code java.util.Map}: {@code clear()}. */
    COLLECTION,
    /** {@code StringBuilder} or {@code StringBuffer}: {@code setLength(0)}. */
    BUILDER,
    /** An array of primitives or of non-array references: {@code Arrays.fill} with the default value. */
    ARRAY,
    /** {@code AtomicInteger}, {@code AtomicLong}, {@code AtomicBoolean}, {@code AtomicReference}: {@code set(default)}. */
    ATOMIC,
    /** {@code LongAdder} or {@code DoubleAdder}: {@code reset()}. */
    ADDER,
    /** {@code java.util.BitSet}: {@code clear()}. */
    BIT_SET,
    /** {@code AtomicIntegerArray}, {@code AtomicLongArray}, {@code AtomicReferenceArray}: each element set to its default. */
    ATOMIC_ARRAY,
    /** A {@code java.nio} buffer: {@code clear()} and every element zeroed. */
    BUFFER,
    /** Another {@code @Pooled} class: the reset generated for it. */
    POOLED,
    /**
     * A type whose objects have state the pool can neither copy nor reset in place: an array of
     * arrays, or a class outside the JDK with a non-final instance field or a container field (a
     * flyweight over a buffer, a user type with state). Needs {@code @Keep} or a {@code @Reset}
     * method; as a non-final {@code @Reset} field, the template must hold null, which is copied.
     */
    STATEFUL,
    /**
     * Any other reference type: an interface, {@code Object}, a JDK class not listed above. Copied
     * from the template; whether its objects change cannot be told from the type, so a final field
     * of it is taken as unchanging.
     */
    OTHER;

    /** Whether a pool resets a field of this type in place, keeping the object the field holds. */
    public boolean resetsInPlace() {
        return this != VALUE && this != STATEFUL && this != OTHER;
    }

    /** Whether a final field of this type still holds state that changes with use, so it needs a reset. */
    public boolean isMutableWhenFinal() {
        return resetsInPlace() || this == STATEFUL;
    }

    /** Whether {@code @Reset(maxSize)} applies: a collection, map or string builder cleared in place. */
    public boolean honorsMaxSize() {
        return this == COLLECTION || this == BUILDER;
    }
}
