package app.rolegate.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requests from a loopback address of a test's own (all of 127.0.0.0/8 reaches the server), in plain
 * HTTP/1.1 over a socket bound to it. The login throttle counts failures per client address: a test that
 * provokes a lock on purpose (the throttle test, the fuzzing of the login) does it from its own address, so
 * that the lock does not touch the other tests, which log in from 127.0.0.1.
 */
final class Loopback {
    private Loopback() {
    }

    /** A random loopback address other than 127.0.0.1. */
    static InetAddress fresh() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        try {
            return InetAddress.getByName("127." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(2, 250));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one request from the address; headers keyed lower-case in the answer. */
    static Api.Response send(InetAddress from, String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        URI base = URI.create(Api.BASE_URL);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            s.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(s.getInputStream().readAllBytes());
        }
    }

    /** {@link #send} for a JSON body, failing the test on an I/O error. */
    static Api.Response postJson(InetAddress from, String path, String json) {
        try {
            return send(from, "POST", path, Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Api.Response parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IllegalStateException("no HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, List<String>> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            body = unchunk(body);
        }
        return new Api.Response(Integer.parseInt(lines[0].split(" ")[1]), HttpHeaders.of(headers, (x, y) -> true),
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < in.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(in, at, in.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            String sizeLine = new String(in, at, lineEnd, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(in, at + lineEnd + 2, size);
            at += lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
