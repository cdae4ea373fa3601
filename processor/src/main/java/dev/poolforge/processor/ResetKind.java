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

    /**
     * Whether this reset leaves a field as a fresh object has it after an initializer of the given
     * form: a cleared container equals a fresh one only when it was created empty; a filled array
     * or a reset atomic only when it was created without contents or initial value.
     */
    boolean restores(Initializer.Form form) {
        return switch (this) {
            case CLEAR, SET_LENGTH -> form != Initializer.Form.EXPRESSION;
            case FILL, ATOMIC_SET -> form != Initializer.Form.EXPRESSION && form != Initializer.Form.NEW_SIZED;
            case DEFAULT_VALUE, CONSTANT, NESTED_POOL -> true;
        };
    }

    /** Whether {@code @Reset(maxSize)} applies: the field is a collection, map or builder kept in place. */
    boolean honorsMaxSize() {
        return this == CLEAR || this == SET_LENGTH;
    }
}
