package dev.poolforge.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports. Each has a stable id, shown in brackets so that users
 * can search for it, and a message that states the rule and then the fix.
 */
enum Check {
    NOT_A_CLASS("NotAClass", Severity.ERROR,
            "%s %s cannot be @Pooled: a pool creates and reuses instances of a concrete class; "
                    + "remove @Pooled or put it on a class"),
    ABSTRACT_CLASS("AbstractClass", Severity.ERROR,
            "abstract class %s cannot be @Pooled: the pool must create instances of it; "
                    + "put @Pooled on a concrete subclass"),
    INNER_CLASS("InnerClass", Severity.ERROR,
            "inner class %s cannot be @Pooled: the pool cannot create it without an enclosing instance; "
                    + "make it static"),
    PRIVATE_CLASS("PrivateClass", Severity.ERROR,
            "class %s cannot be @Pooled because it is private or nested in a private class: "
                    + "the generated pool cannot reach it; make it package-private or public"),
    UNNAMEABLE_CLASS("UnnameableClass", Severity.ERROR,
            "class %s cannot be @Pooled: it is nested in %s, a class that code in other files cannot name "
                    + "(the class of a compact source file); move %s to a file of its own"),
    FINALIZER("Finalizer", Severity.ERROR,
            "class %s overrides finalize() and cannot be @Pooled: finalization would run on objects "
                    + "the pool drops, at unknown times; remove finalize() (use a java.lang.ref.Cleaner)"),
    INVALID_POOL_NAME("InvalidPoolName", Severity.ERROR,
            "@Pooled(name = \"%s\") is not a valid Java class name; use a simple name such as \"%sPool\""),
    NO_STATE("NoState", Severity.WARNING,
            "@Pooled class %s has no instance fields, so pooling it saves nothing; remove @Pooled"),

    STATIC_FIELD("StaticField", Severity.ERROR,
            "@%s on static field '%s' has no effect: a static field belongs to the class, "
                    + "not to pooled instances; remove @%s"),
    RESET_AND_KEEP("ResetAndKeep", Severity.ERROR,
            "field '%s' is both @Reset and @Keep; keep @Reset to restore it on release, "
                    + "or @Keep to keep its value on purpose"),
    PRIVATE_RESET_FIELD("PrivateResetField", Severity.ERROR,
            "@Reset field '%s' is private, so the generated pool cannot reset it; "
                    + "make it package-private, or reset it in a @Reset method"),
    INACCESSIBLE_MEMBER("InaccessibleMember", Severity.ERROR,
            "@Reset %s '%s' of %s is not public, so the generated pool in package %s cannot reach it; "
                    + "make it public, or reset the state from a @Reset method of %s"),
    NO_IN_PLACE_RESET("NoInPlaceReset", Severity.ERROR,
            "@Reset final field '%s' of type %s has no known in-place reset, and a final field cannot take "
                    + "the new object's value; annotate it @Keep, or remove @Reset and reset it in a @Reset method"),
    MAX_SIZE_NOT_APPLICABLE("MaxSizeNotApplicable", Severity.ERROR,
            "@Reset(maxSize = %d) on %s '%s' has no effect: maxSize applies to a collection, map "
                    + "or string builder field that is cleared in place; remove maxSize"),
    NEGATIVE_MAX_SIZE("NegativeMaxSize", Severity.ERROR,
            "@Reset(maxSize = %d) on field '%s' is negative, so every object would be dropped; "
                    + "use 0 or more, or remove maxSize for no limit"),
    THREAD_LOCAL_FIELD("ThreadLocalField", Severity.WARNING,
            "field '%s' of @Pooled class %s is a ThreadLocal: a pooled object moves between threads, "
                    + "and each thread sees its own value; keep the value in a plain field"),

    PRIVATE_RESET_METHOD("PrivateResetMethod", Severity.ERROR,
            "@Reset method %s() is private, so the generated pool cannot call it; make it package-private"),
    STATIC_RESET_METHOD("StaticResetMethod", Severity.ERROR,
            "@Reset method %s() is static, so it cannot reset an instance; make it an instance method"),
    RESET_METHOD_PARAMETERS("ResetMethodParameters", Severity.ERROR,
            "@Reset method %s(...) takes parameters, but the pool calls it with none; remove the parameters"),
    RESET_METHOD_THROWS("ResetMethodThrows", Severity.ERROR,
            "@Reset method %s() declares the checked exception %s, which release() cannot throw; "
                    + "handle it inside, and return false to drop the object"),
    RESET_METHOD_RETURN_TYPE("ResetMethodReturnType", Severity.ERROR,
            "@Reset method %s() returns %s; return void, or boolean where false drops the object"),

    OUTSIDE_POOLED("OutsidePooled", Severity.WARNING,
            "@%s on %s '%s' has no effect: %s is neither @Pooled nor a superclass of a @Pooled class "
                    + "in this compilation; annotate the class @Pooled, or remove @%s"),
    UNRESOLVED_TYPE("UnresolvedType", Severity.ERROR,
            "@Pooled class %s refers to %s, which could not be resolved, so no pool was generated; "
                    + "make the type available to the compilation"),
    CANNOT_WRITE_POOL("CannotWritePool", Severity.ERROR,
            "cannot write the pool %s for @Pooled class %s: %s; give each @Pooled class its own pool name"),
    INTERNAL_ERROR("InternalError", Severity.ERROR,
            "the poolforge processor failed on class %s and generated no pool; "
                    + "please report this with the following stack trace:%n%s");

    enum Severity { ERROR, WARNING }

    private final String id;
    private final Severity severity;
    private final String template;

    Check(String id, Severity severity, String template) {
        this.id = id;
        this.severity = severity;
        this.template = template;
    }

    /** The id users see in brackets after {@code poolforge:} and name to suppress it, such as {@code UnresetField}. */
    String id() {
        return id;
    }

    boolean isWarning() {
        return severity == Severity.WARNING;
    }

    Diagnostic.Kind kind() {
        return severity == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    }

    String message(Object... args) {
        return "[" + Suppression.KEY + ":" + id + "] " + String.format(template, args);
    }
}
