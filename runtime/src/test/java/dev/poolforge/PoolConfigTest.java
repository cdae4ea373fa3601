package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolConfigTest {

    @Test
    void defaultsAreSmallAndEvictAtGc() {
        PoolConfig config = PoolConfig.defaults();
        assertThat(config.stripes()).isPositive();
        assertThat(Integer.bitCount(config.stripes())).isEqualTo(1);
        assertThat(config.stripes()).isGreaterThanOrEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.capacityPerStripe()).isEqualTo(32);
        assertThat(config.perThread()).isBetween(0, 4);
        assertThat(config.gcEviction()).isTrue();
        assertThat(config.name()).isEmpty();
        assertThat(config.jmx()).isTrue();
    }

    @Test
    void builderKeepsEveryValue() {
        PoolConfig config = PoolConfig.builder()
                .stripes(3).capacityPerStripe(0).perThread(0).gcEviction(false).name("orders").jmx(false).build();
        assertThat(config.stripes()).isEqualTo(3);
        assertThat(config.capacityPerStripe()).isZero();
        assertThat(config.perThread()).isZero();
        assertThat(config.gcEviction()).isFalse();
        assertThat(config.name()).isEqualTo("orders");
        assertThat(config.jmx()).isFalse();
        assertThat(config.toBuilder().jmx(true).build()).isNotEqualTo(config);
        assertThat(config.toBuilder().build()).isEqualTo(config).hasSameHashCodeAs(config);
        assertThat(config).isNotEqualTo(PoolConfig.defaults());
    }

    @Test
    void invalidValuesAreRejectedNamingTheParameterAndValue() {
        assertThatThrownBy(() -> PoolConfig.builder().stripes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stripes must be between 1 and 65536, was 0");
        assertThatThrownBy(() -> PoolConfig.builder().capacityPerStripe(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacityPerStripe must be between 0 and 1048576, was -1");
        assertThatThrownBy(() -> PoolConfig.builder().perThread(65))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("perThread must be between 0 and 64, was 65");
        assertThatThrownBy(() -> PoolConfig.builder().name(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }

    @Test
    void statsFromFiguresRejectANegativeFigureNamingIt() {
        PoolStats stats = PoolStats.of(3, 1, 4, 0, 0, 3);
        assertThat(stats.acquires()).isEqualTo(4);
        assertThat(stats.hitRate()).isEqualTo(0.75);
        assertThatThrownBy(() -> PoolStats.of(0, 0, 0, -2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("drops must not be negative, was -2");
    }

    @Test
    void thePoolTakesMemoryForObjectsItHoldsNotForItsLargestConfiguration() {
        PoolConfig largest = PoolConfig.builder()
                .stripes(PoolConfig.MAX_STRIPES).capacityPerStripe(PoolConfig.MAX_CAPACITY_PER_STRIPE).build();
        Token.TokenPool pool = new Token.TokenPool(largest);
        Token token = pool.acquire();
        pool.release(token);
        assertThat(pool.acquire()).isSameAs(token);
    }
}
