package dev.poolforge.processor.usage;

import static dev.poolforge.processor.usage.Snippets.assertClean;

import org.junit.jupiter.api.Test;

/** Correct code the checker must accept without a single finding. */
class CleanUsageTest {

    @Test
    void releaseInFinally() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    try {
                        item.touch();
                        use(item);
                    } finally {
                        pool.release(item);
                    }
                }
                """);
    }

    @Test
    void acquireInsideTryWithNullCheckInFinally() {
        assertClean("""
                void run() {
                    Item item = null;
                    try {
                        item = pool.acquire();
                        item.touch();
                    } finally {
                        if (item != null) {
                            pool.release(item);
                        }
                    }
                }
                """);
    }

    @Test
    void handOffByReturn() {
        assertClean("""
                Item run() {
                    Item item = pool.acquire();
                    item.value = 42;
                    return item;
                }
                """);
    }

    @Test
    void handOffByReturnOnOneBranchAndReleaseOnTheOther() {
        assertClean("""
                Item run() {
                    Item item = pool.acquire();
                    if (check()) {
                        return item;
                    }
                    pool.release(item);
                    return null;
                }
                """);
    }

    @Test
    void acquireAndReleaseInsideALoopBody() {
        assertClean("""
                void run() {
                    for (int i = 0; i < count(); i++) {
                        Item item = pool.acquire();
                        item.value = i;
                        pool.release(item);
                    }
                }
                """);
    }

    @Test
    void continueAfterReleaseInALoop() {
        assertClean("""
                void run() {
                    while (check()) {
                        Item item = pool.acquire();
                        if (count() > 1) {
                            pool.release(item);
                            continue;
                        }
                        use(item);
                        pool.release(item);
                    }
                }
                """);
    }

    @Test
    void releaseInALoopThenReassignByANewAcquire() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    for (int i = 0; i < count(); i++) {
                        item.touch();
                        pool.release(item);
                        item = pool.acquire();
                    }
                    pool.release(item);
                }
                """);
    }

    @Test
    void conditionalReleaseWithReturnAfterIt() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    if (check()) {
                        pool.release(item);
                        return;
                    }
                    item.touch();
                    pool.release(item);
                }
                """);
    }

    @Test
    void releaseOnBothBranches() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    if (check()) {
                        use(item);
                        pool.release(item);
                    } else {
                        pool.release(item);
                    }
                }
                """);
    }

    @Test
    void storedInAFieldAndNotReleased() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    last = item;
                }
                """);
    }

    @Test
    void storedInCollectionsAndArraysAndNotReleased() {
        assertClean("""
                void run() {
                    Item a = pool.acquire();
                    kept.add(a);
                    Item b = pool.acquire();
                    byName.put("b", b);
                    Item c = pool.acquire();
                    slots[1] = c;
                }
                """);
    }

    @Test
    void capturedByALambdaThatReleasesIt() {
        assertClean("""
                Runnable run() {
                    Item item = pool.acquire();
                    return () -> {
                        item.touch();
                        pool.release(item);
                    };
                }
                """);
    }

    @Test
    void passedToMethodsWhileLiveThenReleased() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    use(item);
                    String text = String.valueOf(item);
                    kept.contains(item);
                    pool.release(item);
                }
                """);
    }

    @Test
    void switchStatementReleasingInEveryCase() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    switch (count()) {
                        case 1:
                            item.touch();
                            pool.release(item);
                            break;
                        case 2:
                        case 3:
                            pool.release(item);
                            break;
                        default:
                            pool.release(item);
                    }
                }
                """);
    }

    @Test
    void arrowSwitchStatementReleasingInEveryCase() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    switch (count()) {
                        case 1 -> pool.release(item);
                        case 2 -> {
                            use(item);
                            pool.release(item);
                        }
                        default -> pool.release(item);
                    }
                }
                """);
    }

    @Test
    void switchExpressionReleasingInEveryArm() {
        assertClean("""
                int run() {
                    Item item = pool.acquire();
                    int n = switch (count()) {
                        case 1 -> {
                            pool.release(item);
                            yield 1;
                        }
                        default -> {
                            int v = item.value;
                            pool.release(item);
                            yield v;
                        }
                    };
                    return n;
                }
                """);
    }

    @Test
    void labeledContinueAfterRelease() {
        assertClean("""
                void run() {
                    outer:
                    for (int i = 0; i < count(); i++) {
                        Item item = pool.acquire();
                        for (int j = 0; j < count(); j++) {
                            if (j == i) {
                                pool.release(item);
                                continue outer;
                            }
                        }
                        pool.release(item);
                    }
                }
                """);
    }

    @Test
    void releaseInCatchThenRethrow() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    try {
                        use(item);
                    } catch (RuntimeException e) {
                        pool.release(item);
                        throw e;
                    }
                    pool.release(item);
                }
                """);
    }

    @Test
    void doWhileAcquiringAndReleasing() {
        assertClean("""
                void run() {
                    do {
                        Item item = pool.acquire();
                        try {
                            use(item);
                        } finally {
                            pool.release(item);
                        }
                    } while (check());
                }
                """);
    }

    @Test
    void releasingEveryElementOfAList() {
        assertClean("""
                void run() {
                    for (Item item : kept) {
                        pool.release(item);
                    }
                    kept.clear();
                }
                """);
    }

    @Test
    void twoPoolsInterleaved() {
        assertClean("""
                void run() {
                    Item a = pool.acquire();
                    Item b = otherPool.acquire();
                    use(a);
                    otherPool.release(b);
                    use(a);
                    pool.release(a);
                }
                """);
    }

    @Test
    void nestedTryFinally() {
        assertClean("""
                void run() {
                    Item a = pool.acquire();
                    try {
                        Item b = otherPool.acquire();
                        try {
                            use(a);
                            use(b);
                        } finally {
                            otherPool.release(b);
                        }
                    } finally {
                        pool.release(a);
                    }
                }
                """);
    }

    @Test
    void returnInsideTryWithReleaseInFinally() {
        assertClean("""
                int run() {
                    Item item = pool.acquire();
                    try {
                        if (check()) {
                            return item.value;
                        }
                        return 0;
                    } finally {
                        pool.release(item);
                    }
                }
                """);
    }

    @Test
    void copyIntoAnotherLocalAndReleaseTheCopy() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    Item same = item;
                    same.touch();
                    pool.release(same);
                }
                """);
    }

    @Test
    void releaseThenAcquireAgainIntoTheSameVariable() {
        assertClean("""
                void run() {
                    Item item = pool.acquire();
                    pool.release(item);
                    item = pool.acquire();
                    item.touch();
                    pool.release(item);
                    item = null;
                }
                """);
    }

    @Test
    void endlessLoopLeftByBreakAfterRelease() {
        assertClean("""
                void run() {
                    while (true) {
                        Item item = pool.acquire();
                        try {
                            use(item);
                        } finally {
                            pool.release(item);
                        }
                        if (check()) {
                            break;
                        }
                    }
                }
                """);
    }

    @Test
    void handOffThroughAConditionalReturn() {
        assertClean("""
                Item run() {
                    Item item = pool.acquire();
                    return check() ? item : null;
                }
                """);
    }

    @Test
    void releaseInAFinallyAfterABreakOutOfTheLoop() {
        assertClean("""
                void run() {
                    for (int i = 0; i < count(); i++) {
                        Item item = pool.acquire();
                        try {
                            if (item.value > i) {
                                break;
                            }
                        } finally {
                            pool.release(item);
                        }
                    }
                }
                """);
    }

    @Test
    void poolUsedInsideItsOwnSubclass() {
        assertClean("""
                static final class Counting extends OpenPool {
                    int borrowOnce() {
                        Item item = acquire();
                        try {
                            return item.value;
                        } finally {
                            release(item);
                        }
                    }
                }
                """);
    }
}
