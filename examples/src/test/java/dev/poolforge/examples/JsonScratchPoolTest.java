package dev.poolforge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonScratchPoolTest {
    private final JsonScratchPool pool = new JsonScratchPool();

    @Test
    void releaseResetsEveryField() {
        JsonScratch scratch = PoolRoundTrip.reacquireAfter(pool,
                used -> new JsonEncoder(used).beginObject().name("a").beginArray().value(1).value(2));

        assertThat(scratch.output()).isEmpty();
        assertThat(scratch.depth()).isZero();
        assertThat(scratch.memberCounts).containsOnly(0);
        assertThat(scratch.topLevelKeys).isEmpty();
        pool.release(scratch);
    }

    @Test
    void anOutputGrownPastItsCapIsDropped() {
        PoolRoundTrip.assertDroppedAfter(pool,
                scratch -> new JsonEncoder(scratch).value("x".repeat(JsonScratch.MAX_OUTPUT_CAPACITY + 1)));
    }

    @Test
    void aReusedScratchWritesTheSameDocumentAsANewOne() {
        String first = encodeSample();
        String second = encodeSample();

        assertThat(second).isEqualTo(first).isEqualTo("{\"id\":7,\"tags\":[\"a\",\"b\"]}");
        assertThat(pool.stats().hits()).isEqualTo(1);
    }

    private String encodeSample() {
        JsonScratch scratch = pool.acquire();
        try {
            new JsonEncoder(scratch).beginObject().name("id").value(7)
                    .name("tags").beginArray().value("a").value("b").endArray().endObject();
            return scratch.output().toString();
        } finally {
            pool.release(scratch);
        }
    }
}
