package dev.poolforge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.PoolConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real requests over the loopback interface to a server on a free port. */
class ChecksumServerTest {
    private static final int REQUESTS = 20;

    // Without GC eviction, whether a buffer is reused does not depend on when collections happen.
    private final RequestBufferPool buffers = new RequestBufferPool(PoolConfig.builder().gcEviction(false).build());
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ChecksumServer server;

    @BeforeEach
    void start() throws Exception {
        server = ChecksumServer.start(0, buffers);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersEachPostWithTheLengthAndChecksumOfItsBody() throws Exception {
        for (int i = 0; i < REQUESTS; i++) {
            byte[] body = ("{\"order\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = post("/orders/" + i, body);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("length=" + body.length + " crc32=" + crc32(body)
                    + " type=application/json uri=/orders/" + i + "\n");
        }
    }

    @Test
    void reusesOneBufferForSequentialRequests() throws Exception {
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(post("/ping", new byte[] {(byte) i}).statusCode()).isEqualTo(200);
        }

        // The server handles requests on one thread, so each acquire finds the buffer the previous request released.
        assertThat(buffers.stats().misses()).isEqualTo(1);
        assertThat(buffers.stats().hits()).isEqualTo(REQUESTS - 1);
        assertThat(buffers.stats().releases()).isEqualTo(REQUESTS);
        assertThat(buffers.idle()).isEqualTo(1);
    }

    @Test
    void refusesABodyLargerThanABuffer() throws Exception {
        HttpResponse<String> response = post("/upload", new byte[RequestBuffer.CAPACITY + 1]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(buffers.stats().releases()).as("the buffer still goes back").isEqualTo(1);
    }

    @Test
    void refusesAnythingButPost() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/orders")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(buffers.stats().acquires()).isZero();
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }
}
