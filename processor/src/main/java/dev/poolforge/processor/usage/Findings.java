package dev.poolforge.processor.usage;

import com.sun.source.tree.MethodInvocationTree;
import javax.tools.Diagnostic;

/** The wording of every finding, in one place, so that messages stay consistent. */
final class Findings {
    static final String CHECKER_FAILURE = "CheckerFailure";

    private Findings() {
    }

    static Finding useAfterRelease(String var, VarState state) {
        Site released = state.released();
        return error("UseAfterRelease", "'" + var + "' is used after it was released to " + released.detail()
                + " on line " + released.line() + somePath(state, Ownership.RELEASED)
                + "; move this use before " + released.detail() + ".release(" + releasedName(released)
                + "), or acquire a new object");
    }

    static Finding doubleRelease(String var, VarState state) {
        Site released = state.released();
        return error("DoubleRelease", "'" + var + "' is released again, but it was already released to "
                + released.detail() + " on line " + released.line() + somePath(state, Ownership.RELEASED)
                + "; release it exactly once on every path, e.g. only in a finally block");
    }

    static Finding releaseAfterEscape(String var, VarState state) {
        Site escaped = state.escaped();
        return error("ReleaseAfterEscape", "'" + var + "' is released after it escaped"
                + somePath(state, Ownership.ESCAPED) + " (" + escaped.detail() + " on line " + escaped.line()
                + "); its new holder would see it reset and handed to another caller, so leave the release"
                + " to the code that holds it now");
    }

    /**
     * @param where what ends the object's life on that path, e.g. "the method returns on line 14"
     */
    static Finding neverReleased(String var, VarState state, String where) {
        return new Finding(Diagnostic.Kind.WARNING, "NeverReleased", "'" + var + "' acquired from "
                + state.acquired().detail() + " is not released" + somePath(state, Ownership.LIVE)
                + " before " + where + "; release it in a finally block, or hand it off by returning or storing it");
    }

    static Finding checkerFailure(String body, Throwable failure) {
        return new Finding(Diagnostic.Kind.WARNING, CHECKER_FAILURE, "the use-after-release check failed on "
                + body + " and skipped it (" + failure + "); the rest of the code is still checked;"
                + " please report this to poolforge");
    }

    static Finding checksOff(String why) {
        return new Finding(Diagnostic.Kind.WARNING, "ChecksOff", "the checks on analysed code "
                + "(use-after-release, and the reset checks of @Pooled classes) are off: " + why
                + "; they run when javac itself compiles the code, as in Maven, Gradle or the command line");
    }

    /** The variable a release call named: the one used, or a copy of it. */
    private static String releasedName(Site release) {
        return ((MethodInvocationTree) release.tree()).getArguments().get(0).toString();
    }

    private static Finding error(String id, String text) {
        return new Finding(Diagnostic.Kind.ERROR, id, text);
    }

    /** " on some path" when only some paths reaching here give the variable this ownership. */
    private static String somePath(VarState state, Ownership ownership) {
        return state.always(ownership) ? "" : " on some path";
    }
}
