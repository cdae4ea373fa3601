package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/** The MXBean of a named pool: its name, its figures, and its unregistration. */
class MonitoringTest {
    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

    @Test
    void aNamedPoolShowsItsStatsAndConfigurationUnderItsName() throws Exception {
        PoolConfig config = PoolConfig.builder().name("orders").stripes(2).capacityPerStripe(8).perThread(0).build();
        try (TokenPool pool = new TokenPool(config)) {
            ObjectName name = new ObjectName("dev.poolforge:type=Pool,name=orders");
            assertThat(pool.jmxName()).contains(name.toString());
            assertThat(SERVER.isRegistered(name)).isTrue();

            pool.release(pool.acquire());
            pool.release(pool.acquire());

            PoolMXBean bean = JMX.newMXBeanProxy(SERVER, name, PoolMXBean.class);
            assertThat(bean.getName()).isEqualTo("orders");
            assertThat(bean.getAcquires()).isEqualTo(2);
            assertThat(bean.getHits()).isEqualTo(1);
            assertThat(bean.getMisses()).isEqualTo(1);
            assertThat(bean.getReleases()).isEqualTo(2);
            assertThat(bean.getDrops()).isZero();
            assertThat(bean.getIdle()).isEqualTo(1);
            assertThat(bean.getHitRate()).isEqualTo(0.5);
            assertThat(bean.getStripes()).isEqualTo(2);
            assertThat(bean.getCapacityPerStripe()).isEqualTo(8);
            assertThat(bean.getPerThread()).isZero();
            assertThat(bean.isGcEviction()).isTrue();
            assertThat(bean.isClosed()).isFalse();
            // What jconsole shows: attribute names from the getters.
            assertThat(SERVER.getAttribute(name, "Hits")).isEqualTo(1L);
            assertThat(SERVER.getAttribute(name, "HitRate")).isEqualTo(0.5);

            SERVER.invoke(name, "clear", null, null);
            assertThat(pool.idle()).isZero();
        }
    }

    @Test
    void aPoolWithoutANameOrWithJmxOffRegistersNothing() throws Exception {
        try (TokenPool unnamed = new TokenPool(PoolConfig.defaults());
                TokenPool optedOut = new TokenPool(PoolConfig.builder().name("quiet").jmx(false).build())) {
            assertThat(unnamed.jmxName()).isEmpty();
            assertThat(optedOut.jmxName()).isEmpty();
            assertThat(SERVER.isRegistered(new ObjectName("dev.poolforge:type=Pool,name=quiet"))).isFalse();
            assertThat(SERVER.isRegistered(new ObjectName("dev.poolforge:type=Pool,name=TokenPool"))).isFalse();
        }
    }

    @Test
    void aNameAlreadyTakenGetsTheFirstFreeSuffix() throws Exception {
        try (TokenPool first = new TokenPool(PoolConfig.builder().name("twin").build());
                TokenPool second = new TokenPool(PoolConfig.builder().name("twin").build())) {
            assertThat(first.jmxName()).contains("dev.poolforge:type=Pool,name=twin");
            assertThat(second.jmxName()).contains("dev.poolforge:type=Pool,name=twin-2");
            first.close();
            assertThat(SERVER.isRegistered(new ObjectName("dev.poolforge:type=Pool,name=twin"))).isFalse();
            assertThat(SERVER.isRegistered(new ObjectName(second.jmxName().orElseThrow()))).isTrue();
        }
    }

    @Test
    void aNameWithCharactersJmxReservesIsQuoted() throws Exception {
        String poolName = "a,b=c:\"d\"*";
        try (TokenPool pool = new TokenPool(PoolConfig.builder().name(poolName).build())) {
            ObjectName name = new ObjectName(pool.jmxName().orElseThrow());
            assertThat(name.isPattern()).isFalse();
            assertThat(ObjectName.unquote(name.getKeyProperty("name"))).isEqualTo(poolName);
            assertThat(SERVER.getAttribute(name, "Name")).isEqualTo(poolName);
        }
    }

    @Test
    void closeUnregistersAndTurnsThePoolIntoAFactory() throws Exception {
        TokenPool pool = new TokenPool(PoolConfig.builder().name("closing").build());
        ObjectName name = new ObjectName(pool.jmxName().orElseThrow());
        Token onLoan = pool.acquire();
        pool.release(pool.acquire());

        pool.close();

        assertThat(SERVER.isRegistered(name)).isFalse();
        assertThat(pool.jmxName()).isEmpty();
        assertThat(pool.idle()).isZero();
        pool.release(onLoan);
        assertThat(pool.idle()).isZero();
        assertThat(pool.stats().drops()).isEqualTo(1);
        int created = pool.created.get();
        pool.release(pool.acquire());
        assertThat(pool.created.get()).isEqualTo(created + 1);
        pool.close();
    }

    @Test
    void aCollectedPoolIsUnregisteredAndTheMBeanServerDoesNotKeepItAlive() throws Exception {
        ObjectName name = new ObjectName("dev.poolforge:type=Pool,name=forgotten");
        WeakReference<Pool<Token>> pool = useAndForgetNamedPool("forgotten");
        assertThat(SERVER.isRegistered(name)).isTrue();

        GcCycles.awaitCleared(pool);
        GcCycles.awaitUntil(() -> !SERVER.isRegistered(name), () -> name + " is still registered");
    }

    @Test
    void theCollectionOfAClosedPoolLeavesTheNextHolderOfItsNameRegistered() throws Exception {
        ObjectName name = new ObjectName("dev.poolforge:type=Pool,name=handedOn");
        WeakReference<Pool<Token>> first = closeAndForgetNamedPool("handedOn");
        try (TokenPool second = new TokenPool(PoolConfig.builder().name("handedOn").build())) {
            assertThat(second.jmxName()).contains(name.toString());

            GcCycles.awaitCleared(first);
            // A pool forgotten after the first: once its bean is gone, the clock has run the first one's clean-up too.
            ObjectName later = new ObjectName("dev.poolforge:type=Pool,name=handedOnLater");
            WeakReference<Pool<Token>> marker = useAndForgetNamedPool("handedOnLater");
            GcCycles.awaitCleared(marker);
            GcCycles.awaitUntil(() -> !SERVER.isRegistered(later), () -> later + " is still registered");

            assertThat(SERVER.isRegistered(name)).as("the second pool's bean").isTrue();
            try (TokenPool third = new TokenPool(PoolConfig.builder().name("handedOn").build())) {
                assertThat(third.jmxName()).contains("dev.poolforge:type=Pool,name=handedOn-2");
            }
        }
    }

    @Test
    void theNthPoolOfOneNameIsRegisteredWithoutTryingTheTakenNames() throws Exception {
        List<TokenPool> pools = new ArrayList<>();
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow");
            recording.start();
            for (int i = 0; i < 200; i++) {
                pools.add(new TokenPool(PoolConfig.builder().name("crowded").build()));
            }
            recording.stop();
            Path file = Files.createTempFile("crowded", ".jfr");
            recording.dump(file);
            long taken = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("jdk.JavaExceptionThrow"))
                    .filter(e -> e.getClass("thrownClass").getName().equals(InstanceAlreadyExistsException.class.getName()))
                    .count();
            Files.delete(file);
            assertThat(taken).as("names tried and found taken").isZero();
        }
        assertThat(pools.get(199).jmxName()).contains("dev.poolforge:type=Pool,name=crowded-200");
        pools.forEach(TokenPool::close);
    }

    private static WeakReference<Pool<Token>> closeAndForgetNamedPool(String name) {
        TokenPool pool = new TokenPool(PoolConfig.builder().name(name).build());
        pool.close();
        return new WeakReference<>(pool);
    }

    private static WeakReference<Pool<Token>> useAndForgetNamedPool(String name) {
        TokenPool pool = new TokenPool(PoolConfig.builder().name(name).build());
        pool.release(pool.acquire());
        return new WeakReference<>(pool);
    }
}
