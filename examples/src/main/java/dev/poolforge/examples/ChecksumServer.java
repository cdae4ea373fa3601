package dev.poolforge.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP server, on the JDK's built-in {@code com.sun.net.httpserver}, that answers each
 * POST with the length and CRC-32 of its body. Each request is read into a {@link RequestBuffer}
 * from a pool, so a steady stream of requests reuses the same 64 KiB arrays.
 *
 * <p>Responses: {@code 200} with {@code length=N crc32=HEX type=CONTENT-TYPE uri=URI}; {@code 413}
 * when the body exceeds {@link RequestBuffer#CAPACITY}; {@code 405} for any method but POST.
 */
public final class ChecksumServer implements AutoCloseable {
    private final HttpServer server;
    private final RequestBufferPool buffers;

    private ChecksumServer(HttpServer server, RequestBufferPool buffers) {
        this.server = server;
        this.buffers = buffers;
    }

    /**
     * Starts a server on the loopback address. It handles requests on one thread of its own.
     *
     * @param port the port, or 0 for any free one (see {@link #port()})
     * @param buffers where request bodies are read into
     */
    public static ChecksumServer start(int port, RequestBufferPool buffers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ChecksumServer checksums = new ChecksumServer(server, buffers);
        server.createContext("/", checksums::handle);
        server.start();
        return checksums;
    }

    /** @return the port the server listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops the server at once; requests in progress are cut off. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            respond(exchange, "POST".equals(exchange.getRequestMethod())
                    ? checksum(exchange)
                    : new Reply(405, "POST only\n"));
        }
    }

    /** Reads the request into a pooled buffer, which goes back before the reply is sent. */
    private Reply checksum(HttpExchange exchange) throws IOException {
        RequestBuffer request = buffers.acquire();
        try {
            read(exchange, request);
            if (!request.readBody(exchange.getRequestBody())) {
                return new Reply(413, "body larger than " + RequestBuffer.CAPACITY + " bytes\n");
            }
            return new Reply(200, describe(request));
        } finally {
            buffers.release(request);
        }
    }

    private static void read(HttpExchange exchange, RequestBuffer request) {
        request.uri(exchange.getRequestURI().toString());
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            if (!header.getValue().isEmpty()) {
                request.header(header.getKey(), header.getValue().get(0));
            }
        }
    }

    private static String describe(RequestBuffer request) {
        return "length=" + request.length()
                + " crc32=" + Long.toHexString(request.bodyCrc32())
                + " type=" + request.header("Content-Type")
                + " uri=" + request.uri() + "\n";
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.text().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private record Reply(int status, String text) {
    }
}
