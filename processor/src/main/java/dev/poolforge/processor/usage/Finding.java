package dev.poolforge.processor.usage;

import javax.tools.Diagnostic;

/**
 * One message of the checker, before it is placed on a tree: its kind, its stable id (what users
 * search for and what tests assert) and its text, which says what is wrong and what to write
 * instead.
 */
record Finding(Diagnostic.Kind kind, String id, String text) {

    /** The message as javac prints it, in the house style: {@code [poolforge:Id] rule; fix}. */
    String message() {
        return "[poolforge:" + id + "] " + text;
    }
}
