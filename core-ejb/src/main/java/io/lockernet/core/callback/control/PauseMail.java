package io.lockernet.core.callback.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the address a retailer gave for an endpoint ({@code alertEmail}), once, when the endpoint was paused: what
 * failed, that its events wait, and how to resume it. Sent on the server's executor after the pause committed, through
 * the server's mail session, so that a slow mail server holds up no delivery; a mail that cannot go is logged (the
 * operators' alarm and Partner Admin's banner tell of the pause whatever happens to the mail).
 */
@ApplicationScoped
public class PauseMail {

    private static final Logger LOG = Logger.getLogger(PauseMail.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "lockernet.callbacks.mail-from", defaultValue = "callbacks@lockernet.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "lockernet.callbacks.mail-timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    void paused(@Observes(during = TransactionPhase.AFTER_SUCCESS) EndpointPaused paused) {
        Optional.ofNullable(paused.alertEmail()).ifPresent(to -> executor.execute(() -> send(to, paused)));
    }

    private void send(String to, EndpointPaused paused) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject("Lockernet paused your callback endpoint " + paused.endpoint(),
                    StandardCharsets.UTF_8.name());
            message.setText(text(paused), StandardCharsets.UTF_8.name());
            String millis = String.valueOf(timeoutSeconds * 1000L);
            mail.getProperties().putIfAbsent("mail.smtp.connectiontimeout", millis);
            mail.getProperties().putIfAbsent("mail.smtp.timeout", millis);
            mail.getProperties().putIfAbsent("mail.smtp.writetimeout", millis);
            Transport.send(message);
            LOG.info(() -> "the pause of endpoint " + paused.endpoint() + " of retailer " + paused.retailer()
                    + " was mailed to its alert address");
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "cannot mail the pause of endpoint " + paused.endpoint() + " of retailer "
                    + paused.retailer() + ": " + e.getClass().getSimpleName());
        }
    }

    static String text(EndpointPaused paused) {
        return "Your callback endpoint " + paused.endpoint() + " (" + paused.url() + ") did not acknowledge "
                + paused.failuresInRow() + " messages in a row, so Lockernet paused it.\n\n"
                + "Last attempt: " + paused.lastOutcome() + "\n\n"
                + "Nothing is lost: its events wait, in order. Once the endpoint answers again, resume it in Partner "
                + "Admin (Callbacks) or with POST /core/api/partner/callbacks/endpoints/" + paused.endpoint()
                + "/resume, and the backlog is delivered, each parcel's and locker's events in order.\n";
    }
}
