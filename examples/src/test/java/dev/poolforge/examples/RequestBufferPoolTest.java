package dev.poolforge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestBufferPoolTest {
    private final RequestBufferPool pool = new RequestBufferPool();

    @Test
    void releaseResetsEveryFieldButKeepsTheBodyArray() {
        AtomicReference<byte[]> bodyArray = new AtomicReference<>();
        RequestBuffer buffer = PoolRoundTrip.reacquireAfter(pool, used -> {
            used.uri("/orders?id=7");
            used.header("Content-Type", "application/json");
            read(used, new byte[] {1, 2, 3});
            bodyArray.set(used.body);
        });

        assertThat(buffer.uri()).isNull();
        assertThat(buffer.headers).isEmpty();
        assertThat(buffer.length()).isZero();
        assertThat(buffer.body).as("the @Keep body array").isSameAs(bodyArray.get()).startsWith(1, 2, 3);
        pool.release(buffer);
    }

    @Test
    void readsABodyOfExactlyTheCapacity() {
        RequestBuffer buffer = pool.acquire();
        try {
            assertThat(read(buffer, new byte[RequestBuffer.CAPACITY])).isTrue();
            assertThat(buffer.length()).isEqualTo(RequestBuffer.CAPACITY);
        } finally {
            pool.release(buffer);
        }
    }

    @Test
    void reportsABodyLongerThanTheCapacity() {
        RequestBuffer buffer = pool.acquire();
        try {
            assertThat(read(buffer, new byte[RequestBuffer.CAPACITY + 1])).isFalse();
        } finally {
            pool.release(buffer);
        }
    }

    @Test
    void headerNamesAreCaseInsensitiveAndTheFirstValueWins() {
        RequestBuffer buffer = pool.acquire();
        try {
            buffer.header("Content-Type", "text/plain");
            buffer.header("content-type", "application/json");
            assertThat(buffer.header("CONTENT-TYPE")).isEqualTo("text/plain");
        } finally {
            pool.release(buffer);
        }
    }

    private static boolean read(RequestBuffer buffer, byte[] body) {
        try {
            return buffer.readBody(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
