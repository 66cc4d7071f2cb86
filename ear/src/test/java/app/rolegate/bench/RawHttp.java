package app.rolegate.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket, for the load driver only: it writes a
 * request and reads the whole answer (Content-Length or chunked) with next to no allocation, so that
 * the driver, which shares the machine's two cores with the server, takes as little CPU as it can.
 * The JDK's HttpClient cost about as much CPU per request as the server's work on a /check.
 */
final class RawHttp implements AutoCloseable {
    private final String host;
    private final int port;
    private final String basePath;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private final byte[] line = new byte[8192];

    RawHttp(String base) {
        URI uri = URI.create(base);
        host = uri.getHost();
        port = uri.getPort() < 0 ? 80 : uri.getPort();
        basePath = uri.getRawPath();
    }

    /** Sends one request and returns the status after reading the whole body; reconnects when the server closed. */
    int send(String method, String path, String token, String json) throws IOException {
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(basePath).append(path)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append("\r\nAccept: application/json\r\nAuthorization: Bearer ").append(token).append("\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        for (int attempt = 0;; attempt++) {
            try {
                connect();
                if (body == null) {
                    out.write(h);
                } else {
                    byte[] all = new byte[h.length + body.length];
                    System.arraycopy(h, 0, all, 0, h.length);
                    System.arraycopy(body, 0, all, h.length, body.length);
                    out.write(all);
                }
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16384);
        }
    }

    private int readResponse() throws IOException {
        String status = readLine();
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String l = readLine(); l != null && !l.isEmpty(); l = readLine()) {
            int colon = l.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = l.substring(0, colon).trim();
            String value = l.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(readLine().trim(), 16); size > 0; size = Long.parseLong(readLine().trim(), 16)) {
                skip(size);
                readLine();
            }
            readLine();
        } else if (length > 0) {
            skip(length);
        }
        if (close) {
            close();
        }
        return code;
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed in a body");
                }
                s = 1;
            }
            n -= s;
        }
    }

    private String readLine() throws IOException {
        int n = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                if (n > 0 && line[n - 1] == '\r') {
                    n--;
                }
                return new String(line, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (n < line.length) {
                line[n++] = (byte) b;
            }
        }
        return n == 0 ? null : new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection the server may have closed already
            }
        }
        socket = null;
    }
}
