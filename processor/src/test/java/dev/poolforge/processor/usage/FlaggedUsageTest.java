package dev.poolforge.processor.usage;

import static dev.poolforge.processor.usage.Snippets.assertFindings;
import static dev.poolforge.processor.usage.Snippets.assertFlagged;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Misuse the checker must report: the id, the whole message and the line of each finding. */
class FlaggedUsageTest {

    private static String useAfterReleaseMessage(String var, long line, String path) {
        return "[poolforge:UseAfterRelease] '" + var + "' is used after it was released to pool on line " + line + path
                + "; move this use before pool.release(" + var + "), or acquire a new object";
    }

    private static String doubleReleaseMessage(String var, long line, String path) {
        return "[poolforge:DoubleRelease] '" + var + "' is released again, but it was already released to pool on line "
                + line + path + "; release it exactly once on every path, e.g. only in a finally block";
    }

    private static String releaseAfterEscapeMessage(String var, String how, long line, String path) {
        return "[poolforge:ReleaseAfterEscape] '" + var + "' is released after it escaped" + path + " (" + how
                + " on line " + line + "); its new holder would see it reset and handed to another caller,"
                + " so leave the release to the code that holds it now";
    }

    private static String neverReleasedMessage(String var, String path, String where) {
        return "[poolforge:NeverReleased] '" + var + "' acquired from pool is not released" + path + " before " + where
                + "; release it in a finally block, or hand it off by returning or storing it";
    }

    private static final String ALWAYS = "";
    private static final String SOME_PATH = " on some path";

    @Nested
    class UseAfterRelease {
        @Test
        void methodCallAfterRelease() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        pool.release(item);
                        item.touch(); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 3, ALWAYS));
        }

        @Test
        void fieldWriteAfterRelease() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        pool.release(item);
                        item.value = 3; // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 3, ALWAYS));
        }

        @Test
        void passedToAMethodAfterRelease() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        pool.release(item);
                        use(item); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 3, ALWAYS));
        }

        @Test
        void releasedInOneBranchOnly() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        if (check()) {
                            pool.release(item);
                        } else {
                            kept.add(item);
                        }
                        item.touch(); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 4, SOME_PATH));
        }

        @Test
        void usedAfterTheFinallyThatReleasedIt() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        try {
                            item.touch();
                        } finally {
                            pool.release(item);
                        }
                        item.touch(); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 6, ALWAYS));
        }

        @Test
        void usedInTheNextLoopIterationAfterRelease() {
            assertFindings("""
                    void run() {
                        Item item = pool.acquire();
                        for (int i = 0; i < count(); i++) {
                            item.touch();
                            pool.release(item);
                        }
                    }
                    """,
                    "4 ERROR " + useAfterReleaseMessage("item", 5, SOME_PATH),
                    "5 ERROR " + doubleReleaseMessage("item", 5, SOME_PATH),
                    "2 WARNING " + neverReleasedMessage("item", SOME_PATH, "the method ends on line 7"));
        }

        @Test
        void usedInACatchAfterTheTryReleasedIt() {
            assertFindings("""
                    void run() {
                        Item item = pool.acquire();
                        try {
                            pool.release(item);
                            count();
                        } catch (RuntimeException e) {
                            item.touch();
                            throw e;
                        }
                    }
                    """,
                    "7 ERROR " + useAfterReleaseMessage("item", 4, SOME_PATH));
        }

        @Test
        void returnedAfterRelease() {
            assertFlagged("""
                    Item run() {
                        Item item = pool.acquire();
                        pool.release(item);
                        return item; // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 3, ALWAYS));
        }

        @Test
        void capturedByALambdaAfterRelease() {
            assertFlagged("""
                    Runnable run() {
                        Item item = pool.acquire();
                        pool.release(item);
                        return () -> item.touch(); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 3, ALWAYS));
        }

        @Test
        void afterASwitchStatementCaseReleasedIt() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        switch (count()) {
                            case 1:
                                pool.release(item);
                                break;
                            default:
                                kept.add(item);
                        }
                        item.touch(); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 5, SOME_PATH));
        }

        @Test
        void afterASwitchExpressionArmReleasedIt() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        int n = switch (count()) {
                            case 1 -> {
                                pool.release(item);
                                yield 1;
                            }
                            default -> {
                                last = item;
                                yield 2;
                            }
                        };
                        use(item); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 5, SOME_PATH));
        }

        @Test
        void afterBreakingOutOfAnEndlessLoop() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        while (true) {
                            if (count() > 2) {
                                pool.release(item);
                                break;
                            }
                        }
                        item.touch(); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("item", 5, ALWAYS));
        }

        @Test
        void inALambdaThatInitializesAField() {
            assertFlagged("""
                    final Runnable task = () -> {
                        Item item = pool.acquire();
                        pool.release(item);
                        use(item); // <-
                    };
                    """, ERROR, useAfterReleaseMessage("item", 3, ALWAYS));
        }

        @Test
        void throughACopyInAnotherLocal() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        Item copy = item;
                        pool.release(copy);
                        copy.touch(); // <-
                    }
                    """, ERROR, useAfterReleaseMessage("copy", 4, ALWAYS));
        }
    }

    @Nested
    class DoubleRelease {
        @Test
        void releasedTwice() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        pool.release(item);
                        pool.release(item); // <-
                    }
                    """, ERROR, doubleReleaseMessage("item", 3, ALWAYS));
        }

        @Test
        void releasedInTheTryAndAgainInFinally() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        try {
                            item.touch();
                            pool.release(item);
                        } finally {
                            pool.release(item); // <-
                        }
                    }
                    """, ERROR, doubleReleaseMessage("item", 5, ALWAYS));
        }

        @Test
        void releasedInEveryIterationOfADoWhileLoop() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        do {
                            pool.release(item); // <-
                        } while (check());
                    }
                    """, ERROR, doubleReleaseMessage("item", 4, SOME_PATH));
        }

        @Test
        void conditionalReleaseWithoutReturn() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        if (check()) {
                            pool.release(item);
                        }
                        pool.release(item); // <-
                    }
                    """, ERROR, doubleReleaseMessage("item", 4, SOME_PATH));
        }

        @Test
        void insideAPoolSubclassWithoutReceiver() {
            assertFlagged("""
                    static final class Counting extends OpenPool {
                        void twice() {
                            Item item = acquire();
                            release(item);
                            release(item); // <-
                        }
                    }
                    """, ERROR, "[poolforge:DoubleRelease] 'item' is released again, but it was already released to"
                    + " this pool on line 4; release it exactly once on every path, e.g. only in a finally block");
        }

        @Test
        void fallThroughToTheNextCase() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        switch (count()) {
                            case 1:
                                pool.release(item);
                            case 2:
                                pool.release(item); // <-
                                break;
                            default:
                                pool.release(item);
                        }
                    }
                    """, ERROR, doubleReleaseMessage("item", 5, SOME_PATH));
        }
    }

    @Nested
    class ReleaseAfterEscape {
        @Test
        void storedInAField() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        last = item;
                        pool.release(item); // <-
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "stored in field 'last'", 3, ALWAYS));
        }

        @Test
        void storedInAnArray() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        slots[0] = item;
                        pool.release(item); // <-
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "stored in array slots", 3, ALWAYS));
        }

        @Test
        void addedToAList() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        kept.add(item);
                        pool.release(item); // <-
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "added to kept", 3, ALWAYS));
        }

        @Test
        void putInAMap() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        byName.put("first", item);
                        pool.release(item); // <-
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "added to byName", 3, ALWAYS));
        }

        @Test
        void capturedByALambda() {
            assertFlagged("""
                    Runnable run() {
                        Item item = pool.acquire();
                        Runnable later = () -> item.touch();
                        pool.release(item); // <-
                        return later;
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "captured by a lambda", 3, ALWAYS));
        }

        @Test
        void capturedByAnAnonymousClass() {
            assertFlagged("""
                    Runnable run() {
                        Item item = pool.acquire();
                        Runnable later = new Runnable() {
                            @Override public void run() {
                                item.touch();
                            }
                        };
                        pool.release(item); // <-
                        return later;
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "captured by an anonymous class", 5, ALWAYS));
        }

        @Test
        void capturedByAMethodReference() {
            assertFlagged("""
                    Runnable run() {
                        Item item = pool.acquire();
                        Runnable later = item::touch;
                        pool.release(item); // <-
                        return later;
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "captured by a method reference", 3, ALWAYS));
        }

        @Test
        void storedOnOnePathThroughAConditionalExpression() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire();
                        if (check()) {
                            last = count() > 1 ? item : null;
                        }
                        pool.release(item); // <-
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "stored in field 'last'", 4, SOME_PATH));
        }

        @Test
        void wrappedInAStoredObject() {
            assertFlagged("""
                    static final class Holder {
                        final Item item;
                        Holder(Item item) { this.item = item; }
                    }
                    Holder held;
                    void run() {
                        Item item = pool.acquire();
                        held = new Holder(item);
                        pool.release(item); // <-
                    }
                    """, ERROR, releaseAfterEscapeMessage("item", "stored in field 'held'", 8, ALWAYS));
        }
    }

    @Nested
    class NeverReleased {
        @Test
        void neverReleased() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire(); // <-
                        item.touch();
                    }
                    """, WARNING, neverReleasedMessage("item", ALWAYS, "the method ends on line 4"));
        }

        @Test
        void releasedOnOneBranchOnly() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire(); // <-
                        if (check()) {
                            pool.release(item);
                        }
                    }
                    """, WARNING, neverReleasedMessage("item", SOME_PATH, "the method ends on line 6"));
        }

        @Test
        void earlyReturnSkipsTheRelease() {
            assertFlagged("""
                    int run() {
                        Item item = pool.acquire(); // <-
                        if (check()) {
                            return 0;
                        }
                        pool.release(item);
                        return 1;
                    }
                    """, WARNING, neverReleasedMessage("item", ALWAYS, "the method returns on line 4"));
        }

        @Test
        void overwrittenByAnotherAcquire() {
            assertFlagged("""
                    void run() {
                        Item item = pool.acquire(); // <-
                        item = pool.acquire();
                        pool.release(item);
                    }
                    """, WARNING, neverReleasedMessage("item", ALWAYS, "it is assigned again on line 3"));
        }

        @Test
        void continueSkipsTheReleaseInALoop() {
            assertFlagged("""
                    void run() {
                        for (int i = 0; i < count(); i++) {
                            Item item = pool.acquire(); // <-
                            if (check()) {
                                continue;
                            }
                            pool.release(item);
                        }
                    }
                    """, WARNING, neverReleasedMessage("item", SOME_PATH, "it is declared again on line 3, in the next iteration"));
        }

        @Test
        void breakSkipsTheReleaseInALoop() {
            assertFlagged("""
                    void run() {
                        while (check()) {
                            Item item = pool.acquire(); // <-
                            if (count() > 1) {
                                break;
                            }
                            pool.release(item);
                        }
                    }
                    """, WARNING, neverReleasedMessage("item", SOME_PATH, "the method ends on line 9"));
        }

        @Test
        void inAnInitializerBlock() {
            assertFlagged("""
                    {
                        Item item = pool.acquire(); // <-
                        item.touch();
                    }
                    """, WARNING, neverReleasedMessage("item", ALWAYS, "the initializer ends on line 4"));
        }

        @Test
        void insideALambdaBody() {
            assertFlagged("""
                    Runnable run() {
                        return () -> {
                            Item item = pool.acquire(); // <-
                            item.touch();
                        };
                    }
                    """, WARNING, neverReleasedMessage("item", ALWAYS, "the lambda ends on line 5"));
        }
    }
}
