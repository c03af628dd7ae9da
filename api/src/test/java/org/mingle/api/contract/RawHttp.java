package org.mingle.api.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, one connection per request. Unlike {@code java.net.http}, it sends exactly the bytes
 * it is given: a request target with malformed percent-encoding, a header value with a NUL or a raw non-ASCII byte,
 * a body that is not UTF-8. That is what careless and hostile clients send, so that is what the checks must send.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 15_000;
    /** Bodies above this are written while the answer is read: the server may answer (413) before reading them. */
    private static final int WRITE_ASIDE_FROM = 64 * 1024;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A request as bytes on the wire; {@code target} is the path and query exactly as sent. */
    record Request(String method, String target, List<Map.Entry<String, byte[]>> headers, byte[] body) {
    }

    /** An answer: status, headers (names in lower case, the first of each), body as UTF-8. */
    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    Response send(Request request) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head(request));
            out.flush();
            CompletableFuture<Void> writing = null;
            if (request.body() != null && request.body().length >= WRITE_ASIDE_FROM) {
                writing = CompletableFuture.runAsync(() -> writeQuietly(out, request.body()));
            } else if (request.body() != null) {
                out.write(request.body());
                out.flush();
            }
            byte[] answer = readAll(socket.getInputStream());
            if (writing != null) {
                writing.join();
            }
            return parse(answer);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request.method() + " " + abbreviated(request.target()), e);
        }
    }

    private byte[] head(Request request) {
        var head = new ByteArrayOutputStream();
        write(head, request.method() + " " + request.target() + " HTTP/1.1\r\n");
        write(head, "Host: 127.0.0.1:" + port + "\r\n");
        write(head, "Connection: close\r\n");
        for (var header : request.headers()) {
            write(head, header.getKey() + ": ");
            head.writeBytes(header.getValue());
            write(head, "\r\n");
        }
        if (request.body() != null) {
            write(head, "Content-Length: " + request.body().length + "\r\n");
        }
        write(head, "\r\n");
        return head.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void writeQuietly(OutputStream out, byte[] body) {
        try {
            out.write(body);
            out.flush();
        } catch (IOException refusedEarly) {
            // The server answered without reading the whole body (413) and closed: the answer is what counts.
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException resetAfterAnswer) {
            if (all.size() == 0) {
                throw resetAfterAnswer;
            }
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IllegalStateException("Not an HTTP response: " + abbreviated(new String(raw, StandardCharsets.ISO_8859_1)));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        var body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String abbreviated(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...(" + text.length() + " chars)";
    }
}
