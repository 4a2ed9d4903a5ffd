package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.demo.CustomerMail.Kind;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's mailbox over a real SMTP conversation on 127.0.0.1, as the server's mail session has it: each mail is
 * handed over once, kept as a file a newcomer can open, and read back from there by a restarted demo.
 */
class MailSinkTest {

    @TempDir
    Path directory;

    @Test
    void aMailSentAsTheServerSendsItIsHandedOverOnceAndKeptAsAFile() throws Exception {
        int port = freePort();
        try (MailSink sink = MailSink.start(port, directory)) {
            send(port, "marge.simpson@example.com", CustomerMailTest.PICKUP);

            List<MimeMessage> taken = sink.take();
            assertEquals(1, taken.size());
            assertEquals(Kind.PICKUP, CustomerMail.parse(CustomerMail.text(taken.get(0))).orElseThrow().kind());
            assertEquals(List.of(), sink.take(), "handed over once");

            List<Path> files = emlFiles();
            assertEquals(1, files.size());
            assertTrue(files.get(0).getFileName().toString().endsWith("-marge.simpson@example.com.eml"), files.toString());
            List<MimeMessage> kept = sink.kept(Instant.EPOCH);
            assertEquals("048213", CustomerMail.parse(CustomerMail.text(kept.get(0))).orElseThrow().code());
            assertEquals(List.of(), sink.kept(Instant.now().plusSeconds(60)), "none younger than that");
        }
    }

    @Test
    void aTakenPortIsAFailureAtStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThrows(IllegalStateException.class, () -> MailSink.start(taken.getLocalPort(), null));
        }
    }

    private static void send(int port, String to, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("lockers@acme.lockernet.invalid"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Your order is ready for pickup");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private List<Path> emlFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".eml")).toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
