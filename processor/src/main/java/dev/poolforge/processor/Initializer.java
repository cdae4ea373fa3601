package dev.poolforge.processor;

/**
 * What a field's declaration initializes it with, as far as resetting goes.
 *
 * @param form which kind of initializer it is
 * @param constant for {@link Form#CONSTANT}, the value ({@code null} for the literal {@code null})
 */
record Initializer(Form form, Object constant) {
    enum Form {
        /** No initializer: a fresh object holds the type's default value. */
        NONE,
        /** A constant expression, whose value a reset can assign again. */
        CONSTANT,
        /** {@code new X()}, or an array creation with dimensions only: an empty container. */
        NEW_EMPTY,
        /** {@code new X(16)} or {@code new EnumMap<>(K.class)}: a capacity or a key type, no content. */
        NEW_SIZED,
        /** Any other expression, such as {@code List.of("a")} or {@code new int[] {1, 2}}. */
        EXPRESSION,
        /** Not known: the field comes from a class file, or the compiler offers no syntax trees. */
        UNKNOWN
    }

    static final Initializer NONE = new Initializer(Form.NONE, null);
    static final Initializer NEW_EMPTY = new Initializer(Form.NEW_EMPTY, null);
    static final Initializer NEW_SIZED = new Initializer(Form.NEW_SIZED, null);
    static final Initializer EXPRESSION = new Initializer(Form.EXPRESSION, null);
    static final Initializer UNKNOWN = new Initializer(Form.UNKNOWN, null);

    static Initializer constant(Object value) {
        return new Initializer(Form.CONSTANT, value);
    }
}
