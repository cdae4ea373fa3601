package dev.poolforge.processor.usage;

import static dev.poolforge.processor.usage.Snippets.assertClean;
import static dev.poolforge.processor.usage.Snippets.assertFlagged;
import static javax.tools.Diagnostic.Kind.ERROR;

import org.junit.jupiter.api.Test;

/**
 * The cases users reported against the first checker: three correct methods it rejected and two
 * bugs it let through. Each failed before exceptional edges, aliases and parameters were modelled.
 */
class ReportedCasesTest {

    @Test
    void releaseOnFailureThenRethrowIsNotAReleaseAfterEscape() {
        assertClean("""
                Item run() {
                    Item i = pool.acquire();
                    try {
                        use(i);
                        return i;
                    } catch (RuntimeException e) {
                        pool.release(i);
                        throw e;
                    }
                }
                """);
    }

    @Test
    void releaseEndingTheTryDoesNotReachACatchOfACheckedException() {
        assertClean("""
                static void write(Item item) throws java.io.IOException {}
                void run() {
                    Item item = pool.acquire();
                    try {
                        write(item);
                        pool.release(item);
                    } catch (java.io.IOException e) {
                        pool.release(item);
                    }
                }
                """);
    }

    @Test
    void aCopyReleasedThroughTheOriginalIsReleased() {
        assertClean("""
                int run() {
                    Item item = pool.acquire();
                    Item acc = item;
                    acc.value += 2;
                    int n = acc.value;
                    pool.release(item);
                    return n;
                }
                """);
    }

    @Test
    void useThroughACopyAfterTheOriginalWasReleased() {
        assertFlagged("""
                int run() {
                    Item item = pool.acquire();
                    Item last = item;
                    pool.release(item);
                    return last.value; // <-
                }
                """, ERROR, "[poolforge:UseAfterRelease] 'last' is used after it was released to pool on line 4;"
                + " move this use before pool.release(item), or acquire a new object");
    }

    @Test
    void aParameterReadAfterTheMethodReleasedIt() {
        assertFlagged("""
                int finish(Item item) {
                    int n = item.value;
                    pool.release(item);
                    return n + item.value; // <-
                }
                """, ERROR, "[poolforge:UseAfterRelease] 'item' is used after it was released to pool on line 3;"
                + " move this use before pool.release(item), or acquire a new object");
    }
}
