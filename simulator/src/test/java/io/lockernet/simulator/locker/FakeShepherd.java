package io.lockernet.simulator.locker;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of a WebSocket server (RFC 6455, text and close frames) on the loopback interface to drive a
 * SimulatedLocker in unit tests: each accepted connection is a {@link Peer} the test speaks for.
 */
final class FakeShepherd implements AutoCloseable {

    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final BlockingQueue<Peer> peers = new LinkedBlockingQueue<>();
    private volatile int refuseUpgradeWith;

    FakeShepherd() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fake-shepherd");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/shepherd-1/lockers");
    }

    /** Answer upgrades with this HTTP status instead of 101. */
    void refuseUpgradesWith(int status) {
        refuseUpgradeWith = status;
    }

    Peer nextPeer(Duration timeout) throws InterruptedException {
        Peer peer = nextPeerOrNull(timeout);
        if (peer == null) {
            throw new AssertionError("no locker connected within " + timeout);
        }
        return peer;
    }

    /** The next connection, or null if no locker connected within the timeout. */
    Peer nextPeerOrNull(Duration timeout) throws InterruptedException {
        return peers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Map<String, String> headers = readRequestHeaders(socket.getInputStream());
                if (refuseUpgradeWith != 0) {
                    writeAscii(socket.getOutputStream(), "HTTP/1.1 " + refuseUpgradeWith + " Refused\r\n"
                            + "Content-Length: 0\r\nConnection: close\r\n\r\n");
                    socket.close();
                    continue;
                }
                writeAscii(socket.getOutputStream(), "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + acceptKey(headers.get("sec-websocket-key"))
                        + "\r\n\r\n");
                Peer peer = new Peer(socket, headers);
                peers.add(peer);
                Thread reader = new Thread(peer::read, "fake-shepherd-peer");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new IllegalStateException("fake Shepherd failed", e);
                }
            }
        }
    }

    private static Map<String, String> readRequestHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        StringBuilder line = new StringBuilder();
        boolean firstLine = true;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                String text = line.toString().trim();
                if (text.isEmpty()) {
                    return headers;
                }
                int colon = text.indexOf(':');
                if (!firstLine && colon > 0) {
                    headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
                }
                firstLine = false;
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        throw new IOException("connection closed during the upgrade request");
    }

    private static String acceptKey(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key + WEBSOCKET_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAscii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One locker connection as the Shepherd sees it. */
    static final class Peer {
        final Map<String, String> headers;
        private final Socket socket;
        private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();
        private volatile boolean closeSent;

        Peer(Socket socket, Map<String, String> headers) {
            this.socket = socket;
            this.headers = headers;
        }

        String nextFrame(Duration timeout) throws InterruptedException {
            String frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame from the locker within " + timeout);
            }
            return frame;
        }

        /** The next frame, or null if none came within the timeout. */
        String nextFrameOrNull(Duration timeout) throws InterruptedException {
            return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        Integer closeCode(Duration timeout) throws InterruptedException {
            return closeCodes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        void send(String text) throws IOException {
            write(0x1, text.getBytes(StandardCharsets.UTF_8));
        }

        void close(int code, String reason) throws IOException {
            byte[] text = reason.getBytes(StandardCharsets.UTF_8);
            closeSent = true;
            write(0x8, ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text).array());
        }

        /** Cuts the TCP connection without a close frame, as a crashed Shepherd would. */
        void drop() throws IOException {
            socket.close();
        }

        private synchronized void write(int opcode, byte[] payload) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(0x80 | opcode);
            if (payload.length < 126) {
                out.write(payload.length);
            } else {
                out.write(126);
                out.write(payload.length >> 8);
                out.write(payload.length & 0xFF);
            }
            out.write(payload);
            out.flush();
        }

        private void read() {
            try (DataInputStream in = new DataInputStream(socket.getInputStream())) {
                ByteArrayOutputStream message = new ByteArrayOutputStream();
                while (true) {
                    int first = in.readUnsignedByte();
                    int second = in.readUnsignedByte();
                    long length = second & 0x7F;
                    length = length == 126 ? in.readUnsignedShort() : length == 127 ? in.readLong() : length;
                    byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
                    byte[] payload = in.readNBytes((int) length);
                    for (int i = 0; i < payload.length; i++) {
                        payload[i] ^= mask[i % 4];
                    }
                    int opcode = first & 0x0F;
                    if (opcode == 0x8) {
                        closeCodes.add(payload.length >= 2 ? ByteBuffer.wrap(payload).getShort() & 0xFFFF : 1005);
                        if (!closeSent) {
                            write(0x8, payload);
                        }
                        socket.close();
                        return;
                    }
                    if (opcode == 0x1 || opcode == 0x0) {
                        message.write(payload);
                        if ((first & 0x80) != 0) {
                            frames.add(message.toString(StandardCharsets.UTF_8));
                            message.reset();
                        }
                    }
                }
            } catch (IOException e) {
                closeCodes.add(1006);
            }
        }
    }
}
