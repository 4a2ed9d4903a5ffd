package io.lockernet.simulator.demo;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The customers' mailbox of the local demo: an SMTP server (GreenMail) on 127.0.0.1 that the server's mail session
 * sends to ({@code jboss.mail.server.port}). Every message is handed to the demo as it arrives, so that none is missed
 * between a read and a purge, and kept as a {@code .eml} file if a directory is given: a newcomer reads "their" mail
 * there, and the demo finds the codes of parcels deposited before it restarted.
 */
final class MailSink implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MailSink.class.getName());
    /**
     * GreenMail's own log, kept to warnings: at INFO it logs every new recipient's mailbox. Held here because
     * java.util.logging keeps its loggers weakly, and a collected logger forgets its level.
     */
    private static final java.util.logging.Logger GREENMAIL_LOG = java.util.logging.Logger.getLogger("com.icegreen");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /**
     * Kept mails, at most: the oldest go. A few hours of the demo's mail, and its customers come within minutes, so a
     * restarted demo still finds the codes of the parcels it left in the lockers.
     */
    static final int KEEP = 500;
    /** Messages not yet taken, at most: the demo takes them every few seconds. */
    private static final int BACKLOG = 10_000;

    private final GreenMail server;
    private final Path directory;
    private final BlockingQueue<MimeMessage> arrived = new LinkedBlockingQueue<>(BACKLOG);
    private final AtomicLong count = new AtomicLong();

    private MailSink(GreenMail server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    /** Listens on 127.0.0.1:{@code port}; fails when the port is taken. {@code directory} may be null. */
    static MailSink start(int port, Path directory) throws IOException {
        if (directory != null) {
            Files.createDirectories(directory);
        }
        GREENMAIL_LOG.setLevel(java.util.logging.Level.WARNING);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        MailSink sink = new MailSink(server, directory);
        UserManager users = server.getUserManager();
        MessageDeliveryHandler mailbox = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            sink.arrived(message.getMessage(), recipient.getEmail());
            return mailbox.handle(message, recipient);
        });
        return sink;
    }

    /** The messages that arrived since the last call; the server's own mailboxes are emptied, to stay small. */
    List<MimeMessage> take() {
        List<MimeMessage> taken = new ArrayList<>();
        arrived.drainTo(taken);
        if (!taken.isEmpty()) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                LOG.log(Level.WARNING, "cannot empty the demo mailboxes: {0}", e.toString());
            }
        }
        return taken;
    }

    /** The messages kept in the directory that arrived after {@code since}, oldest first; none without a directory. */
    List<MimeMessage> kept(Instant since) {
        if (directory == null) {
            return List.of();
        }
        List<MimeMessage> kept = new ArrayList<>();
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isAfter(since)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        kept.add(new MimeMessage(session, in));
                    }
                }
            }
        } catch (IOException | MessagingException e) {
            LOG.log(Level.WARNING, "cannot read the kept mails in {0}: {1}", directory, e.toString());
        }
        return kept;
    }

    String where() {
        return "SMTP 127.0.0.1:" + server.getSmtp().getPort()
                + (directory == null ? "" : ", each kept as a .eml file in " + directory.toAbsolutePath());
    }

    /** On the SMTP server's thread: must not fail, or the Partner would send the mail again later. */
    private void arrived(MimeMessage message, String recipient) {
        if (!arrived.offer(message)) {
            LOG.log(Level.WARNING, "mail to {0} dropped: {1} mails not taken yet", recipient, String.valueOf(BACKLOG));
        }
        if (directory == null) {
            return;
        }
        String name = FILE_TIME.format(Instant.now()) + "-" + count.incrementAndGet() + "-"
                + recipient.replaceAll("[^A-Za-z0-9.@_-]", "_") + ".eml";
        try (OutputStream out = Files.newOutputStream(directory.resolve(name))) {
            message.writeTo(out);
        } catch (IOException | MessagingException e) {
            LOG.log(Level.WARNING, "cannot keep the mail to {0} in {1}: {2}", recipient, directory, e.toString());
        }
        forgetOldest();
    }

    private void forgetOldest() {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> kept = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
            for (Path old : kept.subList(0, Math.max(0, kept.size() - KEEP))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove old mails from {0}: {1}", directory, e.toString());
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
