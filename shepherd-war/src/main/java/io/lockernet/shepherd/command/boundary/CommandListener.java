package io.lockernet.shepherd.command.boundary;

import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Command;
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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Consumes this instance's command queue ({@code shepherd.N.commands}, realtime tier; the queue is bound in
 * {@code WEB-INF/jboss-ejb3.xml}) and hands each impulse to its locker. A command past its deadline is never sent;
 * one for a locker that is not connected here is reported back to the Core, never shown as delivered. Redelivery is
 * harmless: the locker answers a repeated impulse id once (and the Core records each answer once). A release (the
 * locker was reassigned) ends its connection here with 4410, so that it connects to its new Shepherd; one because the
 * locker connected again through another Shepherd ends it with 4409.
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
            if (Headers.Kind.WELCOME.equals(message.getStringProperty(Headers.KIND))) {
                welcome(message.getStringProperty(Headers.LOCKER), message.getStringProperty(Headers.CONNECTION));
                return;
            }
            if (Headers.Kind.RELEASE.equals(message.getStringProperty(Headers.KIND))) {
                int code = message.propertyExists(Headers.CLOSE_CODE) ? message.getIntProperty(Headers.CLOSE_CODE)
                        : CloseCodes.REASSIGNED;
                release(message.getStringProperty(Headers.LOCKER), code, message.getStringProperty(Headers.REASON));
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
            try {
                sessions.send(session.get(), new Command(locker, sessions.nextSeq(session.get()), now, impulse,
                        message.getStringProperty(Headers.COMPARTMENT), "open", deadline));
                LOG.fine(() -> "impulse " + impulse + " handed to locker " + locker);
            } catch (IOException e) {
                core.undelivered(locker, impulse, false, "the connection of locker " + locker + " to "
                        + config.instance() + " failed while sending: " + e.getMessage());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a command message", e);
        }
    }

    /** The Core has recorded the locker's hello on this connection; a connection since replaced gets nothing. */
    private void welcome(String locker, String connection) {
        sessions.of(locker).filter(session -> session.getId().equals(connection)).ifPresent(session -> {
            try {
                session.getUserProperties().remove(LockerSessions.AWAITING_WELCOME);
                sessions.send(session, new Welcome(locker, sessions.nextSeq(session), Instant.now(), config.instance(),
                        LockerSessions.acknowledged(session)));
            } catch (IOException e) {
                LOG.fine(() -> "cannot welcome locker " + locker + ": " + e.getMessage());
            }
        });
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
