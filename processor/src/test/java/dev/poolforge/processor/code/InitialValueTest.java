package dev.poolforge.processor.code;

import static dev.poolforge.processor.code.CodeCheckCompiler.compile;
import static dev.poolforge.processor.code.CodeCheckCompiler.findings;
import static dev.poolforge.processor.code.CodeCheckCompiler.messages;
import static dev.poolforge.processor.code.CodeCheckCompiler.others;
import static dev.poolforge.processor.code.CodeCheckCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Initial values that copying from the template would share, and containers that start out filled. */
class InitialValueTest {
    @Test
    void constantsFactoriesOfValuesAndEmptyContainersAreWhatEveryNewObjectGets() {
        Compilation compilation = compile(source("Unit", """
                public enum Unit { BYTES, KILOBYTES }
                """), source("Settings", """
                @Pooled
                public class Settings {
                    static final int CAPACITY = 32;
                    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
                    @Reset int timeoutMillis = 30 * 1000;
                    @Reset long maxBytes = 1L << 20;
                    @Reset String prefix = "a" + "b";
                    @Reset byte mask = (byte) 0xFF;
                    @Reset long all = ~0L;
                    @Reset Duration timeout = DEFAULT_TIMEOUT;
                    @Reset Duration grace = Duration.ofSeconds(30).plusMillis(CAPACITY);
                    @Reset BigDecimal rate = BigDecimal.valueOf(5, 2);
                    @Reset Unit unit = Unit.BYTES;
                    @Reset int retries;
                    @Reset int backoff;
                    @Reset final List<String> names = new ArrayList<>(CAPACITY);
                    @Reset final Map<String, Integer> counts = new HashMap<>(16, 0.75f);
                    @Reset final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    @Reset final Queue<Integer> heap = new PriorityQueue<>(Collections.reverseOrder());
                    @Reset final Set<Unit> units = EnumSet.noneOf(Unit.class);
                    @Reset final Map<Unit, Long> perUnit = new EnumMap<>(Unit.class);
                    @Reset final StringBuilder text = new StringBuilder(CAPACITY);
                    @Reset final AtomicLong sequence = new AtomicLong(0);
                    @Reset final int[] window = new int[CAPACITY];
                    @Reset long startedNanos;
                    @Keep final long createdNanos = System.nanoTime();
                    { retries = 3; text.setLength(0); }
                    public Settings() { backoff = retries * 2; }
                    public Settings(List<String> initial) { names.addAll(initial); startedNanos = System.nanoTime(); }
                    @Reset void restart() { startedNanos = System.nanoTime(); }
                }
                """));

        assertThat(others(compilation)).isEmpty();
        assertThat(messages(compilation)).isEmpty();
    }

    @Test
    void clocksRandomSourcesAndTheCurrentThread() {
        Compilation compilation = compile(source("Span", """
                @Pooled
                public class Span {
                    final Clock clock = Clock.systemUTC();
                    @Reset long startNanos = System.nanoTime();
                    @Reset long startMillis = System.currentTimeMillis();
                    @Reset UUID traceId = UUID.randomUUID();
                    @Reset Instant start = Instant.now();
                    @Reset LocalDate day = LocalDate.now(ZoneOffset.UTC);
                    @Reset long tick = clock.millis();
                    @Reset int sample = java.util.concurrent.ThreadLocalRandom.current().nextInt(100);
                    @Reset double jitter = Math.random();
                    @Reset String thread = Thread.currentThread().getName();
                }
                """));

        assertThat(findings(compilation)).containsExactly("Span.java:4 NonConstantInitializer",
                "Span.java:5 NonConstantInitializer", "Span.java:6 NonConstantInitializer",
                "Span.java:7 NonConstantInitializer", "Span.java:8 NonConstantInitializer",
                "Span.java:9 NonConstantInitializer", "Span.java:10 NonConstantInitializer",
                "Span.java:11 NonConstantInitializer", "Span.java:12 NonConstantInitializer");
        assertThat(messages(compilation).get(0)).isEqualTo("Span.java:4 ERROR [poolforge:NonConstantInitializer]"
                + " @Reset field 'startNanos' starts with System.nanoTime(), which can differ from one new object to"
                + " the next, but a reset copies into every reused object the value the pool's template got once;"
                + " remove @Reset and assign the field in a @Reset method, which runs at every release");
    }

    @Test
    void countersAndStaticStateReadInConstructorsHelpersAndSuperConstructors() {
        Compilation compilation = compile(source("Entity", """
                public abstract class Entity {
                    static final AtomicLong NEXT_ID = new AtomicLong();
                    @Reset long id;
                    @Reset long version;
                    protected Entity() { id = NEXT_ID.incrementAndGet(); }
                }
                """), source("Order", """
                @Pooled
                public class Order extends Entity {
                    static int created;
                    static String region = "eu";
                    @Reset int serial;
                    @Reset String home = region;
                    @Reset long stamp;
                    public Order() { serial = nextSerial(); }
                    { stamp = stamp(); }
                    static int nextSerial() { return ++created; }
                    long stamp() { return System.nanoTime(); }
                }
                """));

        assertThat(messages(compilation)).containsExactlyInAnyOrder(
                "Entity.java:5 ERROR [poolforge:NonConstantInitializer] @Reset field 'id' starts with"
                        + " NEXT_ID.incrementAndGet(), which can differ from one new object to the next, but a reset"
                        + " copies into every reused object the value the pool's template got once; remove @Reset and"
                        + " assign the field in a @Reset method, which runs at every release",
                "Order.java:6 ERROR [poolforge:NonConstantInitializer] @Reset field 'home' starts with region,"
                        + " which can differ from one new object to the next, but a reset copies into every reused"
                        + " object the value the pool's template got once; remove @Reset and assign the field in a"
                        + " @Reset method, which runs at every release",
                "Order.java:9 ERROR [poolforge:NonConstantInitializer] @Reset field 'stamp' starts with stamp()"
                        + " (System.nanoTime()), which can differ from one new object to the next, but a reset copies"
                        + " into every reused object the value the pool's template got once; remove @Reset and assign"
                        + " the field in a @Reset method, which runs at every release",
                "Order.java:8 ERROR [poolforge:NonConstantInitializer] @Reset field 'serial' starts with"
                        + " nextSerial() (created), which can differ from one new object to the next, but a reset"
                        + " copies into every reused object the value the pool's template got once; remove @Reset and"
                        + " assign the field in a @Reset method, which runs at every release");
    }

    @Test
    void aNewMutableObjectInACopiedFieldWouldBeShared() {
        Compilation compilation = compile(source("Cursor", """
                public class Cursor { int position; }
                """), source("Reader", """
                @Pooled
                public class Reader {
                    @Reset Cursor cursor = new Cursor();
                    @Reset String name = new String("reader");
                    @Reset BigInteger big = new BigInteger("12");
                    @Reset Cursor spare;
                    @Keep final Cursor own = new Cursor();
                }
                """));

        assertThat(messages(compilation)).containsExactly("Reader.java:3 ERROR [poolforge:SharedMutableValue]"
                + " @Reset field 'cursor' starts with new Cursor(), an object of its own for each new object, but a"
                + " reset copies the template's one into every reused object, so they all share it; start it as null,"
                + " annotate it @Keep if each object may keep its own, or remove @Reset and reset its state in a @Reset"
                + " method");
    }

    @Test
    void containersSeededWhenTheObjectIsMade() {
        Compilation compilation = compile(source("Base", """
                public class Base {
                    @Reset final List<String> tags = new ArrayList<>();
                    public Base() { tags.add("base"); }
                }
                """), source("Request", """
                @Pooled
                public class Request extends Base {
                    @Reset final List<String> options = new ArrayList<>();
                    @Reset final Map<String, String> headers = new HashMap<>();
                    @Reset final Set<String> flags = new HashSet<>();
                    @Reset final StringBuilder body = new StringBuilder("{}");
                    @Reset final List<String> copy = new ArrayList<>(List.of("a"));
                    @Reset final AtomicInteger attempts = new AtomicInteger(1);
                    @Reset final int[] weights = {1, 2};
                    @Reset final long[] slots = new long[4];
                    @Reset final BitSet seen = new BitSet(64);
                    { options.add("x"); }
                    public Request() {
                        defaults();
                        Collections.addAll(flags, "a", "b");
                        slots[0] = 7;
                        seen.set(0);
                    }
                    void defaults() { headers.put("Accept", "*/*"); }
                }
                """));

        assertThat(findings(compilation)).containsExactlyInAnyOrder("Base.java:3 SeededContainer",
                "Request.java:6 SeededContainer", "Request.java:7 SeededContainer",
                "Request.java:8 SeededContainer", "Request.java:9 SeededContainer",
                "Request.java:12 SeededContainer", "Request.java:15 SeededContainer",
                "Request.java:16 SeededContainer", "Request.java:17 SeededContainer",
                "Request.java:19 SeededContainer");
        assertThat(messages(compilation)).contains("Request.java:12 ERROR [poolforge:SeededContainer] @Reset"
                + " field 'options' is reset in place to empty, but options.add(\"x\") gives a new object content that"
                + " the reset does not put back; leave it empty here and fill it after acquire(), or remove @Reset and"
                + " restore the content in a @Reset method");
    }

    @Test
    void aFieldTheResetMethodRestoresIsTheUsersToRestore() {
        Compilation compilation = compile(source("Route", """
                @Pooled
                public class Route {
                    @Reset final List<String> hops = new ArrayList<>();
                    @Reset long created = System.nanoTime();
                    { hops.add("origin"); }
                    @Reset void restore() { hops.add("origin"); created = System.nanoTime(); }
                }
                """));

        assertThat(messages(compilation)).isEmpty();
    }

    @Test
    void suppressedByIdOnTheFieldOrTheConstructor() {
        Compilation compilation = compile(source("Job", """
                @Pooled
                public class Job {
                    @SuppressWarnings("poolforge:NonConstantInitializer") @Reset long created = System.nanoTime();
                    @Reset final List<String> steps = new ArrayList<>();
                    @Reset long queued = System.nanoTime();
                    @SuppressWarnings("poolforge:SeededContainer") public Job() { steps.add("start"); }
                }
                """));

        assertThat(findings(compilation)).containsExactly("Job.java:5 NonConstantInitializer");
    }
}
