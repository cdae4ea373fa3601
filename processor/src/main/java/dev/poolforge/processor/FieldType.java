package dev.poolforge.processor;

/** The families of field types that reset differently. */
public enum FieldType {
    /** Primitives, strings, boxes, enums and any other reference: reset by assignment only. */
    PLAIN(null),
    /** {@code java.util.Collection} or {@code java.util.Map}: {@code clear()}. */
    COLLECTION(ResetKind.CLEAR),
    /** {@code StringBuilder} or {@code StringBuffer}: {@code setLength(0)}. */
    BUILDER(ResetKind.SET_LENGTH),
    /** An array of non-array elements: {@code Arrays.fill} with the default value. */
    ARRAY(ResetKind.FILL),
    /** An array of arrays: filling it would not restore the inner arrays a fresh object has. */
    NESTED_ARRAY(null),
    /** {@code AtomicInteger}, {@code AtomicLong}, {@code AtomicBoolean}, {@code AtomicReference}. */
    ATOMIC(ResetKind.ATOMIC_SET),
    /** Another {@code @Pooled} class: the reset generated for it. */
    POOLED(ResetKind.NESTED_POOL),
    /** {@code LongAdder} or {@code DoubleAdder}. */
    ADDER(null),
    /** {@code java.util.BitSet}. */
    BIT_SET(null),
    /** {@code AtomicIntegerArray}, {@code AtomicLongArray}, {@code AtomicReferenceArray}. */
    ATOMIC_ARRAY(null),
    /** A {@code java.nio} buffer. */
    BUFFER(null);

    private final ResetKind inPlaceReset;

    FieldType(ResetKind inPlaceReset) {
        this.inPlaceReset = inPlaceReset;
    }

    /** How an object of this type is reset without replacing it, or null when it cannot be. */
    ResetKind inPlaceReset() {
        return inPlaceReset;
    }

    /** Whether a final field of this type still holds state that changes with use. */
    boolean isMutableContainer() {
        return this != PLAIN;
    }

    /** Whether a pool resets a field of this type in place, keeping the object the field holds. */
    public boolean resetsInPlace() {
        return this != PLAIN && this != NESTED_ARRAY;
    }

    /** Whether a final field of this type still holds state that changes with use, so it needs a reset. */
    public boolean isMutableWhenFinal() {
        return isMutableContainer();
    }
}
