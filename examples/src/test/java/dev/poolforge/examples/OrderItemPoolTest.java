package dev.poolforge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderItemPoolTest {
    private final OrderItemPool pool = new OrderItemPool();

    @Test
    void releaseResetsEveryField() {
        OrderItem item = PoolRoundTrip.reacquireAfter(pool, used -> {
            used.set("SKU-1", 3, 1999).addOption("gift-wrap").putAttribute("color", "red");
            used.note().append("leave at the door");
        });

        assertThat(item.sku()).isNull();
        assertThat(item.quantity()).isZero();
        assertThat(item.unitPriceMinor()).isZero();
        assertThat(item.options()).isEmpty();
        assertThat(item.attributes()).isEmpty();
        assertThat(item.note()).isEmpty();
        pool.release(item);
    }

    @Test
    void aUsedItemResetsToAFreshOne() {
        OrderItem item = pool.acquire();
        item.set("SKU-1", 3, 1999).addOption("gift-wrap").putAttribute("color", "red");
        item.note().append("leave at the door");

        pool.assertResetsToFresh(item);
        pool.release(item);
    }

    @Test
    void aNoteGrownPastItsCapIsDropped() {
        PoolRoundTrip.assertDroppedAfter(pool,
                item -> item.note().append("x".repeat(OrderItem.MAX_NOTE_CAPACITY + 1)));
    }

    @Test
    void aNoteWithinItsCapIsKept() {
        OrderItem item = pool.acquire();
        item.note().append("x".repeat(OrderItem.MAX_NOTE_CAPACITY / 2));
        pool.release(item);

        assertThat(pool.stats().drops()).isZero();
        assertThat(pool.idle()).isEqualTo(1);
    }

    @Test
    void totalIsExactInMinorUnits() {
        OrderItem item = pool.acquire();
        try {
            assertThat(item.set("SKU-1", 3, 1999).totalMinor()).isEqualTo(5997);
        } finally {
            pool.release(item);
        }
    }

    @Test
    void aNegativeQuantityIsRefused() {
        assertThatThrownBy(() -> new OrderItem().set("SKU-1", -1, 1999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("were -1 and 1999");
    }
}
