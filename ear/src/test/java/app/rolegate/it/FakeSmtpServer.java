package app.rolegate.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough SMTP (RFC 5321) for the server's Jakarta Mail client to deliver to: greeting, EHLO/HELO,
 * MAIL, RCPT, DATA (dot-unstuffed), RSET, NOOP, QUIT. Every message received is kept. One connection at
 * a time, on a thread of its own; {@link #close} stops listening, so that deliveries fail again.
 */
public final class FakeSmtpServer implements AutoCloseable {
    /** One delivered message: the envelope's recipients and the message text (headers and body). */
    public record Message(List<String> recipients, String data) {
        public boolean isTo(String address) {
            return recipients.stream().anyMatch(r -> r.equalsIgnoreCase(address));
        }
    }

    private final ServerSocket socket;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Thread thread;

    public FakeSmtpServer(int port) throws IOException {
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        thread = new Thread(this::serve, "fake-smtp-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    /** The test server's SMTP port (set by the build). */
    public static int configuredPort() {
        return Integer.parseInt(System.getProperty("rolegate.it.smtpPort", "19180"));
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(30_000);
                session(s);
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                // a broken session: wait for the next one
            }
        }
    }

    private void session(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 localhost fake SMTP");
        List<String> recipients = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO" -> reply(out, "250-localhost\r\n250 8BITMIME");
                case "HELO", "NOOP" -> reply(out, "250 OK");
                case "MAIL" -> {
                    recipients.clear();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(address(line));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.append(d.startsWith("..") ? d.substring(1) : d).append("\n");
                    }
                    messages.add(new Message(List.copyOf(recipients), data.toString()));
                    recipients.clear();
                    reply(out, "250 OK queued");
                }
                case "RSET" -> {
                    recipients.clear();
                    reply(out, "250 OK");
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return;
                }
                default -> reply(out, "502 Command not implemented");
            }
        }
    }

    private static String address(String rcpt) {
        int lt = rcpt.indexOf('<');
        int gt = rcpt.indexOf('>');
        return lt >= 0 && gt > lt ? rcpt.substring(lt + 1, gt) : rcpt.substring(rcpt.indexOf(':') + 1).strip();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
