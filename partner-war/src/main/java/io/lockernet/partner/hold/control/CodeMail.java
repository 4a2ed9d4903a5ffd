package io.lockernet.partner.hold.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail to customers about their holds: a locker code as text and as a QR code (for lockers with a scanner), or a
 * plain note. Sent through the server's mail session ({@code java:jboss/mail/Default}, SMTP host and port from
 * {@code jboss.mail.server.host} / {@code jboss.mail.server.port}).
 */
@ApplicationScoped
public class CodeMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");

    /** A message with a code: {@code name} names the QR image ({@code name}.png). */
    public record Letter(String to, String subject, String text, String code, String name) {
    }

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Inject
    PartnerConfig config;

    @Inject
    @ConfigProperty(name = "lockernet.partner.mail-from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "lockernet.partner.time-zone", defaultValue = "UTC")
    String timeZone;

    /** How long connecting to the mail server, and each read and write, may take before the send fails. */
    @Inject
    @ConfigProperty(name = "lockernet.partner.mail-timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    /**
     * The server's mail session waits for ever by default (JavaMail's timeouts are infinite): one hung mail server
     * would hold a sweep thread for good. Timeouts the server's configuration does not set are set here, on the
     * session's own properties, which every send reads when it connects.
     */
    @PostConstruct
    void timeouts() {
        String millis = String.valueOf(timeoutSeconds * 1000L);
        for (String protocol : new String[] {"smtp", "smtps"}) {
            for (String name : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
                mail.getProperties().putIfAbsent("mail." + protocol + "." + name, millis);
            }
        }
    }

    /** The text, then the code as a QR image for lockers with a scanner. */
    public void send(Letter letter) throws MessagingException {
        MimeMessage message = message(letter.to(), letter.subject());
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(letter.text(), "UTF-8");
        MimeBodyPart qr = new MimeBodyPart();
        qr.setDataHandler(new DataHandler(new ByteArrayDataSource(qrPng(letter.code()), "image/png")));
        qr.setFileName(letter.name() + ".png");
        qr.setHeader("Content-ID", "<" + letter.name() + ">");
        MimeMultipart body = new MimeMultipart("mixed");
        body.addBodyPart(plain);
        body.addBodyPart(qr);
        message.setContent(body);
        Transport.send(message);
    }

    /** A note without a code (a reminder: the code is not kept, so it is not repeated). */
    public void sendNote(String to, String subject, String text) throws MessagingException {
        MimeMessage message = message(to, subject);
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private MimeMessage message(String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(from.orElse("lockers@" + config.retailer() + ".lockernet.invalid")));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, "UTF-8");
        return message;
    }

    /** A moment as customers read it, in the retailer's time zone ({@code lockernet.partner.time-zone}). */
    public String until(Instant expiresAt) {
        return WHEN.format(expiresAt.atZone(ZoneId.of(timeZone))) + " (" + timeZone + ")";
    }

    static byte[] qrPng(String code) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 240, 240);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }
}
