package org.shuangda.messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP listener on a free local port for tests: speaks just enough SMTP (EHLO/HELO, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT) to accept mails and keeps each one's envelope recipients and raw message.
 */
final class SmtpSink implements AutoCloseable {

    /** One accepted mail. */
    record Mail(String from, List<String> to, String data) {
    }

    private final ServerSocket server;
    private final Thread thread;
    final List<Mail> mails = new CopyOnWriteArrayList<>();

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "smtp-sink");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                session(socket);
            } catch (SocketTimeoutException e) {
                // a client that went silent: next one
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void session(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 sink ESMTP");
        String from = null;
        List<String> to = new CopyOnWriteArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String upper = line.toUpperCase();
            if (upper.startsWith("EHLO")) {
                reply(out, "250-sink\r\n250 8BITMIME");
            } else if (upper.startsWith("HELO") || upper.startsWith("NOOP") || upper.startsWith("RSET")) {
                reply(out, "250 OK");
            } else if (upper.startsWith("MAIL FROM:")) {
                from = line.substring(10).trim();
                reply(out, "250 OK");
            } else if (upper.startsWith("RCPT TO:")) {
                to.add(line.substring(8).trim().replaceAll("[<>]", ""));
                reply(out, "250 OK");
            } else if (upper.equals("DATA")) {
                reply(out, "354 end with <CRLF>.<CRLF>");
                StringBuilder data = new StringBuilder();
                String d;
                while ((d = in.readLine()) != null && !d.equals(".")) {
                    data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                }
                mails.add(new Mail(from, List.copyOf(to), data.toString()));
                to.clear();
                reply(out, "250 queued");
            } else if (upper.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "502 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
