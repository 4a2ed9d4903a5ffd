package io.lockernet.shepherd.command.boundary;

import io.lockernet.api.layout.LayoutJson;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.Configure;
import io.lockernet.api.protocol.Welcome;
import io.lockernet.shepherd.link.control.LockerSessions;
import io.lockernet.shepherd.platform.CoreEvents;
import io.lockernet.shepherd.platform.ShepherdConfig;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Consumes this instance's command queue ({@code shepherd.N.commands}, realtime tier; the queue is bound in
 * {@code WEB-INF/jboss-ejb3.xml}) and hands each impulse to its locker. A command past its deadline is never sent;
 * one for a locker that is not connected here is reported back to the Core, never shown as delivered. Redelivery is
 * harmless: the locker answers a repeated impulse id once (and the Core records each answer once). A release (the
 * locker was reassigned) ends its connection here with 4410, so that it connects to its new Shepherd; one because the
 * locker connected again through another Shepherd ends it with 4409.
 * <p>
 * A configuration (a layout and its version, protocol v1.2) goes to the locker as a {@code configure} frame, on its
 * own or right after a welcome that carries one. A locker not connected here gets nothing: the Core sends it again
 * after the locker's next hello reports another version, so nothing is reported back. A repeated configure is
 * harmless too: the locker answers the version it already has with {@code applied} again.
 */
@MessageDriven(name = "CommandListener")
public class CommandListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CommandListener.class.getName());

    @Inject
    LockerSessions sessions;

    @Inject
    CoreEvents core;

    @Inject
    ShepherdConfig config;

    @Override
    public void onMessage(Message message) {
        try {
            String kind = message.getStringProperty(Headers.KIND);
            if (Headers.Kind.WELCOME.equals(kind)) {
                welcome(message.getStringProperty(Headers.LOCKER), message.getStringProperty(Headers.CONNECTION),
                        configuration(message));
                return;
            }
            if (Headers.Kind.CONFIGURE.equals(kind)) {
                configure(message.getStringProperty(Headers.LOCKER), configuration(message));
                return;
            }
            if (Headers.Kind.RELEASE.equals(kind)) {
                int code = message.propertyExists(Headers.CLOSE_CODE) ? message.getIntProperty(Headers.CLOSE_CODE)
                        : CloseCodes.REASSIGNED;
                release(message.getStringProperty(Headers.LOCKER), code, message.getStringProperty(Headers.REASON));
                return;
            }
            if (kind != null || !message.propertyExists(Headers.DEADLINE) || !message.propertyExists(Headers.IMPULSE)) {
                // a kind this Shepherd does not know (a newer Core's), or a command without its deadline: it can never
                // be carried out here, and must not be redelivered for ever
                LOG.warning(() -> "dropping a command message of unknown kind or without impulse and deadline");
                return;
            }
            String impulse = message.getStringProperty(Headers.IMPULSE);
            String locker = message.getStringProperty(Headers.LOCKER);
            Instant deadline = Instant.ofEpochMilli(message.getLongProperty(Headers.DEADLINE));
            Instant now = Instant.now();
            if (now.isAfter(deadline)) {
                core.undelivered(locker, impulse, true, "expired: deadline " + deadline + " passed before "
                        + config.instance() + " could deliver it");
                return;
            }
            Optional<Session> session = sessions.of(locker);
            if (session.isEmpty()) {
                core.undelivered(locker, impulse, false, "locker " + locker + " is not connected to "
                        + config.instance());
                return;
            }
            String action = message.propertyExists(Headers.ACTION) ? message.getStringProperty(Headers.ACTION) : "open";
            try {
                sessions.send(session.get(), new Command(locker, sessions.nextSeq(session.get()), now, impulse,
                        message.getStringProperty(Headers.COMPARTMENT), action, deadline));
                LOG.fine(() -> "impulse " + impulse + " handed to locker " + locker);
            } catch (IOException e) {
                core.undelivered(locker, impulse, false, "the connection of locker " + locker + " to "
                        + config.instance() + " failed while sending: " + e.getMessage());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a command message", e);
        }
    }

    /**
     * The Core has recorded the locker's hello on this connection; a connection since replaced gets nothing. A
     * configuration the welcome carries (the hello reported another version than the Core's) follows it.
     */
    private void welcome(String locker, String connection, Optional<Configuration> configuration) {
        sessions.of(locker).filter(session -> session.getId().equals(connection)).ifPresent(session -> {
            try {
                session.getUserProperties().remove(LockerSessions.AWAITING_WELCOME);
                sessions.send(session, new Welcome(locker, sessions.nextSeq(session), Instant.now(), config.instance(),
                        LockerSessions.acknowledged(session)));
            } catch (IOException e) {
                LOG.fine(() -> "cannot welcome locker " + locker + ": " + e.getMessage());
                return;
            }
            configuration.ifPresent(c -> configure(locker, session, c));
        });
    }

    /** A configuration on its own: to the locker's connection here, if it has one. */
    private void configure(String locker, Optional<Configuration> configuration) {
        Optional<Session> session = sessions.of(locker);
        if (session.isEmpty()) {
            LOG.fine(() -> "configuration for locker " + locker + " not sent: not connected to " + config.instance()
                    + "; the Core sends it again after its next hello");
            return;
        }
        configuration.ifPresent(c -> configure(locker, session.get(), c));
    }

    private void configure(String locker, Session session, Configuration configuration) {
        try {
            sessions.send(session, new Configure(locker, sessions.nextSeq(session), Instant.now(),
                    configuration.version(), configuration.layout()));
            LOG.fine(() -> "configuration " + configuration.version() + " sent to locker " + locker);
        } catch (IOException e) {
            LOG.fine(() -> "cannot send configuration " + configuration.version() + " to locker " + locker + ": "
                    + e.getMessage());
        }
    }

    /**
     * The layout and version a message carries: its text body and {@link Headers#CONFIG_VERSION}. None when it
     * carries none, or one no locker could apply: the Core checks a layout before it keeps it, so that is a fault to
     * log, not a reason to redeliver.
     */
    private static Optional<Configuration> configuration(Message message) throws JMSException {
        String version = message.getStringProperty(Headers.CONFIG_VERSION);
        String body = message.isBodyAssignableTo(String.class) ? message.getBody(String.class) : null;
        if (version == null || version.isBlank() || body == null || body.isBlank()) {
            return Optional.empty();
        }
        String locker = message.getStringProperty(Headers.LOCKER);
        try {
            LockerLayout layout = LayoutJson.read(body);
            List<String> problems = LayoutRules.problems(layout);
            if (problems.isEmpty()) {
                return Optional.of(new Configuration(version, layout));
            }
            LOG.warning(() -> "configuration " + version + " for locker " + locker + " not sent, it breaks the "
                    + "layout rules: " + String.join("; ", problems));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "configuration " + version + " for locker " + locker + " not sent: " + e.getMessage());
        }
        return Optional.empty();
    }

    private record Configuration(String version, LockerLayout layout) {
    }

    private void release(String locker, int code, String reason) {
        sessions.of(locker).ifPresent(session -> {
            LOG.info(() -> "releasing locker " + locker + " from " + config.instance() + ": " + code + " " + reason);
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            } catch (IOException e) {
                LOG.fine(() -> "closing the released link of " + locker + " failed: " + e);
            }
        });
    }
}
