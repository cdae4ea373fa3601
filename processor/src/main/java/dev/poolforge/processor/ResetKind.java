package dev.poolforge.processor;

/** How the generated code resets one {@code @Reset} field. */
enum ResetKind {
    /** Assign the type's default value: 0, false, null. */
    DEFAULT_VALUE,
    /** Assign the constant the field is initialized with. */
    CONSTANT,
    /** {@code field.clear()} on a collection or map. */
    CLEAR,
    /** {@code field.setLength(0)} on a string builder. */
    SET_LENGTH,
    /** {@code Arrays.fill(field, default)}. */
    FILL,
    /** {@code field.set(default)} on an atomic. */
    ATOMIC_SET,
    /** The static reset method of the field's own generated pool. */
    NESTED_POOL;

    /** Whether {@code @Reset(maxSize)} applies: the field is a collection, map or builder kept in place. */
    boolean honorsMaxSize() {
        return this == CLEAR || this == SET_LENGTH;
    }
}
