package dev.poolforge.processor.usage;

import static dev.poolforge.processor.usage.Snippets.assertClean;
import static dev.poolforge.processor.usage.Snippets.compile;
import static dev.poolforge.processor.usage.Snippets.findings;
import static dev.poolforge.processor.usage.Snippets.otherErrorsAndWarnings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The idioms of code that pools objects by hand (Netty handlers, codecs and its allocator, Commons
 * Pool2 borrow/return, JDBC-style try/finally, builders and encoders), rewritten for poolforge
 * pools. Each correct idiom must compile without a finding; each bug form must get exactly the
 * findings its lines are marked with ({@code // <- Id}). {@link CleanUsageTest}, {@link FlaggedUsageTest}
 * and {@link ReportedCasesTest} hold the cases about single constructs; this is the table of whole
 * methods as they are written in the wild.
 */
class IdiomCorpusTest {
    /** Ends a line of a bug form on which the finding with this id is expected. */
    private static final Pattern MARK = Pattern.compile(Pattern.quote(Snippets.MARK) + " (\\w+)$");

    static Stream<Arguments> correctIdioms() {
        return Stream.of(
                idiom("Netty encoder: the buffer is handed on, and the finally releases it only if it was not", """
                        void encode(Object msg) {
                            Item buf = pool.acquire();
                            try {
                                buf.value = msg.hashCode();
                                kept.add(buf);
                                buf = null;
                            } finally {
                                if (buf != null) {
                                    pool.release(buf);
                                }
                            }
                        }
                        """),
                idiom("Netty write: a success flag decides the release in finally", """
                        void write() {
                            Item buf = pool.acquire();
                            boolean success = false;
                            try {
                                buf.value = count();
                                kept.add(buf);
                                success = true;
                            } finally {
                                if (!success) {
                                    pool.release(buf);
                                }
                            }
                        }
                        """),
                idiom("Netty channelRead: the handler releases the message it was given", """
                        void channelRead(Item msg) {
                            try {
                                use(msg);
                            } finally {
                                pool.release(msg);
                            }
                        }
                        """),
                idiom("Netty SimpleChannelInboundHandler: release unless the message was passed on", """
                        void channelRead(Item msg, boolean accept) {
                            boolean release = true;
                            try {
                                if (accept) {
                                    use(msg);
                                } else {
                                    release = false;
                                    kept.add(msg);
                                }
                            } finally {
                                if (release) {
                                    pool.release(msg);
                                }
                            }
                        }
                        """),
                idiom("Netty decoder: release the frame on any failure, then rethrow", """
                        Item decode(int n) {
                            Item frame = pool.acquire();
                            try {
                                frame.value = n / count();
                                return frame;
                            } catch (Throwable t) {
                                pool.release(frame);
                                throw t;
                            }
                        }
                        """),
                idiom("Netty cumulator: each round moves the bytes to a new buffer and releases the old", """
                        void cumulate() {
                            Item cumulation = pool.acquire();
                            for (int i = 0; i < count(); i++) {
                                Item next = pool.acquire();
                                next.value = cumulation.value + i;
                                pool.release(cumulation);
                                cumulation = next;
                            }
                            pool.release(cumulation);
                        }
                        """),
                idiom("Netty MessageToMessageEncoder: the message is released after encoding, the output kept", """
                        void encode(Item msg, List<Item> out) {
                            try {
                                Item encoded = pool.acquire();
                                encoded.value = msg.value * 2;
                                out.add(encoded);
                            } finally {
                                pool.release(msg);
                            }
                        }
                        """),
                idiom("Netty handler: a message that is not ours is forwarded untouched", """
                        void channelRead(Object msg) {
                            if (msg instanceof Item) {
                                Item item = (Item) msg;
                                try {
                                    use(item);
                                } finally {
                                    pool.release(item);
                                }
                            } else {
                                use(null);
                            }
                        }
                        """),
                idiom("Netty pipeline: a copy keeps the running value and the original is released", """
                        int sum(Item item) {
                            Item acc = item;
                            int total = 0;
                            for (int i = 0; i < count(); i++) {
                                total += acc.value;
                            }
                            pool.release(item);
                            return total;
                        }
                        """),
                idiom("Netty aggregator: the current message is kept in a field until complete", """
                        void aggregate(boolean last) {
                            Item part = pool.acquire();
                            if (last) {
                                use(part);
                                pool.release(part);
                            } else {
                                this.last = part;
                            }
                        }
                        """),
                idiom("Netty: release on write failure from a catch of the exception the write declares", """
                        static void flush(Item item) throws java.io.IOException {}
                        void send() {
                            Item item = pool.acquire();
                            try {
                                flush(item);
                                pool.release(item);
                            } catch (java.io.IOException e) {
                                pool.release(item);
                            }
                        }
                        """),
                idiom("Netty: a multi-catch that releases and rethrows wrapped", """
                        static void flush(Item item) throws java.io.IOException {}
                        void send() {
                            Item item = pool.acquire();
                            try {
                                flush(item);
                            } catch (java.io.IOException | RuntimeException e) {
                                pool.release(item);
                                throw new IllegalStateException(e);
                            }
                            pool.release(item);
                        }
                        """),
                idiom("Commons Pool2: borrow, use, return in finally", """
                        int borrowAndReturn() {
                            Item obj = pool.acquire();
                            try {
                                obj.touch();
                                return obj.value;
                            } finally {
                                pool.release(obj);
                            }
                        }
                        """),
                idiom("Commons Pool2: borrow inside the try, null check before returning it", """
                        void borrowInsideTry() {
                            Item obj = null;
                            try {
                                obj = pool.acquire();
                                use(obj);
                            } finally {
                                if (obj != null) {
                                    pool.release(obj);
                                }
                            }
                        }
                        """),
                idiom("Commons Pool2: an object found broken is dropped instead of returned", """
                        void validate() {
                            Item obj = pool.acquire();
                            try {
                                use(obj);
                            } catch (RuntimeException e) {
                                obj = null;
                                throw e;
                            } finally {
                                if (obj != null) {
                                    pool.release(obj);
                                }
                            }
                        }
                        """),
                idiom("Commons Pool2: invalidate on failure by dropping the object, return it otherwise", """
                        void invalidateOnFailure() {
                            Item obj = pool.acquire();
                            try {
                                use(obj);
                            } catch (RuntimeException e) {
                                obj = null;
                            }
                            if (obj != null) {
                                pool.release(obj);
                            }
                        }
                        """),
                idiom("Commons Pool2: two pools, objects returned in reverse order", """
                        void twoPools() {
                            Item a = pool.acquire();
                            try {
                                Item b = otherPool.acquire();
                                try {
                                    b.value = a.value;
                                } finally {
                                    otherPool.release(b);
                                }
                            } finally {
                                pool.release(a);
                            }
                        }
                        """),
                idiom("Commons Pool2: a keyed map of idle objects, stored and later taken back", """
                        void park(String key) {
                            Item obj = pool.acquire();
                            byName.put(key, obj);
                        }
                        """),
                idiom("Commons Pool2: returning an object taken out of a map", """
                        void unpark(String key) {
                            Item obj = byName.remove(key);
                            if (obj != null) {
                                pool.release(obj);
                            }
                        }
                        """),
                idiom("Commons Pool2: borrow in a retry loop, the failed object dropped", """
                        Item borrowWithRetry() {
                            for (int attempt = 0; attempt < 3; attempt++) {
                                Item obj = pool.acquire();
                                if (obj.value == 0) {
                                    return obj;
                                }
                                pool.release(obj);
                            }
                            return null;
                        }
                        """),
                idiom("Commons Pool2: evictor-style sweep releasing each idle object", """
                        void evict() {
                            Iterator<Item> it = kept.iterator();
                            while (it.hasNext()) {
                                Item idle = it.next();
                                it.remove();
                                pool.release(idle);
                            }
                        }
                        """),
                idiom("JDBC: statement and result set closed in nested finally blocks", """
                        int query() {
                            Item statement = pool.acquire();
                            try {
                                Item resultSet = otherPool.acquire();
                                try {
                                    return resultSet.value + statement.value;
                                } finally {
                                    otherPool.release(resultSet);
                                }
                            } finally {
                                pool.release(statement);
                            }
                        }
                        """),
                idiom("JDBC: rollback in catch, release in finally", """
                        void transaction() {
                            Item connection = pool.acquire();
                            try {
                                connection.value = 1;
                                use(connection);
                            } catch (RuntimeException e) {
                                connection.value = -1;
                                throw e;
                            } finally {
                                pool.release(connection);
                            }
                        }
                        """),
                idiom("JDBC: resources declared null up front, closed if opened", """
                        void openLate() {
                            Item first = null;
                            Item second = null;
                            try {
                                first = pool.acquire();
                                second = otherPool.acquire();
                                use(second);
                            } finally {
                                if (second != null) {
                                    otherPool.release(second);
                                }
                                if (first != null) {
                                    pool.release(first);
                                }
                            }
                        }
                        """),
                idiom("JDBC: early return inside the try, release in finally", """
                        int lookup(int id) {
                            Item row = pool.acquire();
                            try {
                                if (id < 0) {
                                    return -1;
                                }
                                row.value = id;
                                return row.value;
                            } finally {
                                pool.release(row);
                            }
                        }
                        """),
                idiom("JDBC: batch loop with a break out of the try", """
                        void batch() {
                            while (true) {
                                Item row = pool.acquire();
                                try {
                                    if (!check()) {
                                        break;
                                    }
                                    use(row);
                                } finally {
                                    pool.release(row);
                                }
                            }
                        }
                        """),
                idiom("JDBC: a try-with-resources inside the borrow", """
                        void withResource() throws Exception {
                            Item item = pool.acquire();
                            try (AutoCloseable resource = () -> {}) {
                                use(item);
                            } finally {
                                pool.release(item);
                            }
                        }
                        """),
                idiom("Builder: a pooled builder is filled, read and given back", """
                        String build(String name) {
                            Item builder = pool.acquire();
                            try {
                                builder.value = name.length();
                                return "item-" + builder.value;
                            } finally {
                                pool.release(builder);
                            }
                        }
                        """),
                idiom("Builder: the built object is returned to the caller, who owns it", """
                        Item newItem(int value) {
                            Item item = pool.acquire();
                            item.value = value;
                            return item;
                        }
                        """),
                idiom("Builder: chosen between two pooled objects by a conditional expression, both released", """
                        void choose() {
                            Item a = pool.acquire();
                            Item b = pool.acquire();
                            Item chosen = check() ? a : b;
                            use(chosen);
                            pool.release(a);
                            pool.release(b);
                        }
                        """),
                idiom("Encoder: scratch object per call in a lambda", """
                        Runnable task() {
                            return () -> {
                                Item scratch = pool.acquire();
                                try {
                                    use(scratch);
                                } finally {
                                    pool.release(scratch);
                                }
                            };
                        }
                        """),
                idiom("Encoder: each element of a batch acquired, encoded and released", """
                        void encodeAll(List<String> values) {
                            for (String value : values) {
                                Item scratch = pool.acquire();
                                scratch.value = value.length();
                                use(scratch);
                                pool.release(scratch);
                            }
                        }
                        """),
                idiom("Encoder: switch on the kind, each arm releasing", """
                        void encodeKind(int kind) {
                            Item scratch = pool.acquire();
                            switch (kind) {
                                case 0 -> pool.release(scratch);
                                case 1 -> {
                                    use(scratch);
                                    pool.release(scratch);
                                }
                                default -> kept.add(scratch);
                            }
                        }
                        """),
                idiom("Encoder: a release helper that takes its parameter and releases it once", """
                        void recycle(Item item) {
                            if (item == null) {
                                return;
                            }
                            item.value = 0;
                            pool.release(item);
                        }
                        """),
                idiom("Encoder: a parameter only read is nothing to release", """
                        int length(Item item) {
                            return item.value + 1;
                        }
                        """),
                idiom("Encoder: the parameter is released through a local copy", """
                        void recycleCopy(Item item) {
                            Item copy = item;
                            pool.release(copy);
                        }
                        """),
                idiom("Builder: one scratch object filled across a loop, released once after it", """
                        String joinAll(List<String> parts) {
                            Item scratch = pool.acquire();
                            try {
                                for (String part : parts) {
                                    scratch.value += part.length();
                                }
                                return String.valueOf(scratch.value);
                            } finally {
                                pool.release(scratch);
                            }
                        }
                        """),
                idiom("Alias: a shorter name in a nested block, the release through the original", """
                        void nested() {
                            Item item = pool.acquire();
                            {
                                Item it = item;
                                it.touch();
                            }
                            pool.release(item);
                        }
                        """),
                idiom("Netty exceptionCaught: the message is released on failure and kept on success", """
                        void handle(Item msg) {
                            try {
                                use(msg);
                            } catch (RuntimeException e) {
                                pool.release(msg);
                                throw e;
                            }
                            kept.add(msg);
                        }
                        """),
                idiom("Commons Pool2: a failed borrow leaves nothing for the catch to return", """
                        Item tryBorrow() {
                            Item item = null;
                            try {
                                item = pool.acquire();
                                item.value = count();
                                return item;
                            } catch (RuntimeException e) {
                                if (item != null) {
                                    pool.release(item);
                                }
                                return null;
                            }
                        }
                        """),
                idiom("Netty listener: the release is left to a callback that captured the buffer", """
                        void writeAndRelease() {
                            Item buf = pool.acquire();
                            Runnable onDone = () -> pool.release(buf);
                            onDone.run();
                        }
                        """),
                idiom("Loop: the object is swapped with an acquired one at each step", """
                        void swap() {
                            Item current = pool.acquire();
                            while (check()) {
                                Item fresh = pool.acquire();
                                Item old = current;
                                current = fresh;
                                pool.release(old);
                            }
                            pool.release(current);
                        }
                        """));
    }

    static Stream<Arguments> bugForms() {
        return Stream.of(
                bug("Netty handler reads the message after releasing it", """
                        void channelRead(Item msg) {
                            pool.release(msg);
                            use(msg); // <- UseAfterRelease
                        }
                        """),
                bug("Netty handler releases the message and its caller's finally does too", """
                        void channelRead(Item msg) {
                            try {
                                pool.release(msg);
                            } finally {
                                pool.release(msg); // <- DoubleRelease
                            }
                        }
                        """),
                bug("Netty encoder: the released buffer is still written to through a copy", """
                        void encode() {
                            Item buf = pool.acquire();
                            Item out = buf;
                            pool.release(buf);
                            out.value = 1; // <- UseAfterRelease
                        }
                        """),
                bug("Netty cumulator forgets to move to the next buffer", """
                        void cumulate() {
                            Item cumulation = pool.acquire();
                            Item next = cumulation;
                            pool.release(cumulation);
                            pool.release(next); // <- DoubleRelease
                        }
                        """),
                bug("Netty write: released although it was handed to the outbound list", """
                        void write(List<Item> out) {
                            Item buf = pool.acquire();
                            out.add(buf);
                            pool.release(buf); // <- ReleaseAfterEscape
                        }
                        """),
                bug("Netty success flag set before the hand-off, so the finally releases it", """
                        void write() {
                            Item buf = pool.acquire();
                            boolean success = false;
                            try {
                                kept.add(buf);
                            } finally {
                                if (!success) {
                                    pool.release(buf); // <- ReleaseAfterEscape
                                }
                            }
                        }
                        """),
                bug("Commons Pool2: the borrowed object read after return in finally", """
                        int borrow() {
                            Item obj = pool.acquire();
                            try {
                                use(obj);
                            } finally {
                                pool.release(obj);
                            }
                            return obj.value; // <- UseAfterRelease
                        }
                        """),
                bug("Commons Pool2: returned in catch, then used and returned again after the try", """
                        void borrow() {
                            Item obj = pool.acquire();
                            try {
                                use(obj);
                            } catch (RuntimeException e) {
                                pool.release(obj);
                            }
                            obj.touch(); // <- UseAfterRelease
                            pool.release(obj); // <- DoubleRelease
                        }
                        """),
                bug("Commons Pool2: the early return forgets to return the object", """
                        int borrow(int id) {
                            Item obj = pool.acquire(); // <- NeverReleased
                            if (id < 0) {
                                return -1;
                            }
                            int v = obj.value;
                            pool.release(obj);
                            return v;
                        }
                        """),
                bug("JDBC: closed in the try and again in finally through an alias", """
                        void query() {
                            Item statement = pool.acquire();
                            Item alias = statement;
                            try {
                                use(statement);
                                pool.release(statement);
                            } finally {
                                pool.release(alias); // <- DoubleRelease
                            }
                        }
                        """),
                bug("JDBC: a helper closes its parameter and then logs it", """
                        void close(Item connection) {
                            pool.release(connection);
                            use(connection); // <- UseAfterRelease
                        }
                        """),
                bug("JDBC: a helper closes its parameter twice", """
                        void close(Item connection) {
                            pool.release(connection);
                            if (check()) {
                                pool.release(connection); // <- DoubleRelease
                            }
                        }
                        """),
                bug("Builder: the built value is read from the released builder in a lambda", """
                        Supplier<Integer> build() {
                            Item builder = pool.acquire();
                            pool.release(builder);
                            return () -> builder.value; // <- UseAfterRelease
                        }
                        """),
                bug("Encoder: the scratch object is replaced in a loop without release", """
                        void encodeAll() {
                            Item scratch = pool.acquire(); // <- NeverReleased
                            for (int i = 0; i < count(); i++) {
                                scratch = pool.acquire();
                                pool.release(scratch);
                            }
                        }
                        """),
                bug("Alias: released through a copy in a catch, then released again after the try", """
                        void send() {
                            Item item = pool.acquire();
                            Item alias = item;
                            try {
                                use(item);
                            } catch (RuntimeException e) {
                                pool.release(alias);
                            }
                            pool.release(item); // <- DoubleRelease
                        }
                        """),
                bug("Exceptional path: the call the catch is for comes after the release", """
                        static void flush(Item item) throws java.io.IOException {}
                        void send() {
                            Item item = pool.acquire();
                            try {
                                pool.release(item);
                                flush(item); // <- UseAfterRelease
                            } catch (java.io.IOException e) {
                                pool.release(item); // <- DoubleRelease
                            }
                        }
                        """),
                bug("Alias: the copy is returned after the original was released", """
                        Item take() {
                            Item item = pool.acquire();
                            Item result = item;
                            pool.release(item);
                            return result; // <- UseAfterRelease
                        }
                        """),
                bug("Loop: the old object is released each round but never replaced", """
                        void swap() {
                            Item current = pool.acquire(); // <- NeverReleased
                            while (check()) {
                                Item old = current; // <- UseAfterRelease
                                pool.release(old); // <- DoubleRelease
                            }
                        }
                        """),
                bug("Encoder: a released parameter is read and released again in the next loop iteration", """
                        void drain(Item item) {
                            for (int i = 0; i < count(); i++) {
                                item.touch(); // <- UseAfterRelease
                                if (i == 2) {
                                    pool.release(item); // <- DoubleRelease
                                }
                            }
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctIdioms")
    void correctIdiomHasNoFinding(String name, String body) {
        assertClean(body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugForms")
    void bugFormIsFlaggedOnItsLines(String name, String body) {
        Compilation compilation = compile(body);
        assertThat(otherErrorsAndWarnings(compilation)).isEmpty();
        List<String> found = findings(compilation).stream()
                .map(finding -> finding.substring(0, finding.indexOf("] ") + 1))
                .collect(Collectors.toList());
        assertThat(found).containsExactlyInAnyOrderElementsOf(expectedFindings(body));
    }

    /** {@code "line KIND [poolforge:Id]"} for each line that ends with {@code // <- Id}. */
    private static List<String> expectedFindings(String body) {
        List<String> lines = body.lines().collect(Collectors.toList());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = MARK.matcher(lines.get(i));
            if (mark.find()) {
                String id = mark.group(1);
                expected.add((i + 1) + " " + (id.equals("NeverReleased") ? "WARNING" : "ERROR") + " [poolforge:" + id + "]");
            }
        }
        assertThat(expected).as("marked lines").isNotEmpty();
        return expected;
    }

    private static Arguments idiom(String name, String body) {
        return Arguments.of(name, body);
    }

    private static Arguments bug(String name, String body) {
        return Arguments.of(name, body);
    }
}
