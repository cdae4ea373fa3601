package dev.poolforge.processor.code;

import dev.poolforge.processor.Suppression;
import javax.tools.Diagnostic;

/**
 * Every finding of the checks on analysed code. The ids are those the processor used for the same
 * problems before these checks moved here ({@code UnresetField}, {@code NonConstantInitializer},
 * {@code AutoCloseable}, {@code LocalClass}), so that users' {@code @SuppressWarnings} keep working,
 * or those of the template check at pool build that catches the same mistake at run time
 * ({@code SeededContainer}, {@code SharedMutableValue}), so that one suppression on the field
 * silences both.
 */
enum CodeFinding {
    UNRESET_FIELD("UnresetField", Diagnostic.Kind.ERROR,
            "field '%s' of @Pooled class %s is not reset between uses; %s"),
    NON_CONSTANT_INITIALIZER("NonConstantInitializer", Diagnostic.Kind.ERROR,
            "@Reset field '%s' starts with %s, which can differ from one new object to the next, but a reset "
                    + "copies into every reused object the value the pool's template got once; remove @Reset and "
                    + "assign the field in a @Reset method, which runs at every release"),
    SHARED_MUTABLE_VALUE("SharedMutableValue", Diagnostic.Kind.ERROR,
            "@Reset field '%s' starts with %s, an object of its own for each new object, but a reset copies "
                    + "the template's one into every reused object, so they all share it; start it as null, annotate "
                    + "it @Keep if each object may keep its own, or remove @Reset and reset its state in a @Reset method"),
    SEEDED_CONTAINER("SeededContainer", Diagnostic.Kind.ERROR,
            "@Reset field '%s' is reset in place to empty, but %s gives a new object content that the reset "
                    + "does not put back; leave it empty here and fill it after acquire(), or remove @Reset "
                    + "and restore the content in a @Reset method"),
    AUTO_CLOSEABLE("AutoCloseable", Diagnostic.Kind.ERROR,
            "class %s is AutoCloseable and its close() does something, but a pool drops idle objects at GC "
                    + "cycles without closing them; use a resource pool that closes what it drops, or do not pool it"),
    LOCAL_CLASS("LocalClass", Diagnostic.Kind.ERROR,
            "local class %s cannot be @Pooled: the generated pool cannot name it; "
                    + "move it to a top-level or static nested class"),
    CHECKER_FAILURE("CheckerFailure", Diagnostic.Kind.WARNING,
            "the poolforge checks on analysed code failed on class %s and skipped it (%s); "
                    + "the rest of the code is still checked; please report this to poolforge");

    private final String id;
    private final Diagnostic.Kind kind;
    private final String template;

    CodeFinding(String id, Diagnostic.Kind kind, String template) {
        this.id = id;
        this.kind = kind;
        this.template = template;
    }

    String id() {
        return id;
    }

    Diagnostic.Kind kind() {
        return kind;
    }

    boolean isWarning() {
        return kind == Diagnostic.Kind.WARNING;
    }

    String message(Object... args) {
        return "[" + Suppression.KEY + ":" + id + "] " + String.format(template, args);
    }
}
