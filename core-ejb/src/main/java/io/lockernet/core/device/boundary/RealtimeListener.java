package io.lockernet.core.device.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.layout.LayoutJson;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.device.control.DeviceFrames;
import io.lockernet.core.device.control.ForgedMessageException;
import io.lockernet.core.device.control.MessageSenders;
import io.lockernet.core.locker.control.LinkCommands;
import io.lockernet.core.impulse.control.ImpulseProgress;
import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.layout.control.Layouts;
import io.lockernet.core.layout.entity.LayoutVersion;
import io.lockernet.core.link.boundary.LinkHealth;
import io.lockernet.core.locker.boundary.Lockers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Consumes the realtime queue ({@value Destinations#REALTIME}, realtime tier, pool and delivery group set in
 * {@code jboss-ejb3.xml}): device frames, link changes, undeliverable commands and connection alarms from every
 * Shepherd. Idempotent: frames are recorded once by (locker, seq), link changes set a state, and impulses only move
 * forward; an alarm redelivered after a rollback is raised again (alarms are written in their own transaction).
 * <p>
 * A Shepherd's message is believed only when its credential shows it comes from the Shepherd it names and that
 * Shepherd carries the locker it is about ({@link MessageSenders}); otherwise it is dropped and counted on a
 * {@link AlarmKind#FORGED_MESSAGE} alarm. Reports of callers a deployment refused (kind REFUSED_REQUEST with an
 * {@code alarmSubject}) need no credential: every deployment sends them, and they only count, within bounds, on an
 * alarm of that kind; any other alarm about a subject is forged.
 */
@MessageDriven(name = "RealtimeListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.REALTIME_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class RealtimeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RealtimeListener.class.getName());

    /** The subject of the alarm that counts forged messages on this queue. */
    static final String SUBJECT = "forged messages on " + Destinations.REALTIME;

    @Inject
    DeviceFrames frames;

    @Inject
    ImpulseProgress progress;

    @Inject
    LinkCommands commands;

    @EJB
    Lockers lockers;

    @EJB
    Alarms alarms;

    @EJB
    LinkHealth links;

    @EJB
    Layouts layouts;

    @Inject
    Clock clock;

    @Inject
    MessageSenders senders;

    @Override
    public void onMessage(Message message) {
        String kind = null;
        String locker = null;
        try {
            kind = message.getStringProperty(Headers.KIND);
            locker = message.getStringProperty(Headers.LOCKER);
            switch (kind == null ? "" : kind) {
                case Headers.Kind.DEVICE -> device(message);
                case Headers.Kind.LINK -> link(message, sentFor(message, locker));
                case Headers.Kind.UNDELIVERED -> undelivered(message, sentFor(message, locker));
                case Headers.Kind.ALARM -> alarm(message, locker);
                default -> {
                    String unknown = kind;
                    LOG.warning(() -> "dropping a realtime message of unknown kind '" + unknown + "'");
                }
            }
        } catch (ForgedMessageException e) {
            forged(message, kind, locker, e);
        } catch (MalformedMessageException | ClassCastException | IllegalArgumentException e) {
            // a poison message would be redelivered for ever; it cannot become valid, so it is logged and dropped
            LOG.warning(() -> "dropping a malformed realtime message: " + e.getMessage());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a realtime message", e);
        }
    }

    /**
     * The locker a Shepherd's message is about, once the message has shown that it comes from the Shepherd it names
     * ({@link MessageSenders}) and that this Shepherd carries the locker.
     */
    private String sentFor(Message message, String locker) throws JMSException {
        String shepherd = senders.shepherd(message.getStringProperty(Headers.CREDENTIAL),
                message.getStringProperty(Headers.SHEPHERD));
        if (locker == null || !lockers.carries(shepherd, locker)) {
            throw new ForgedMessageException(shepherd + " does not carry that locker");
        }
        return locker;
    }

    private void link(Message message, String locker) throws JMSException {
        link(message, locker, message.getBooleanProperty(Headers.ONLINE));
    }

    private void link(Message message, String locker, boolean online) throws JMSException {
        Instant at = Instant.ofEpochMilli(message.getLongProperty(Headers.AT));
        String shepherd = message.getStringProperty(Headers.SHEPHERD);
        Lockers.LinkChange change = lockers.linkChanged(locker, online, at, shepherd, message.getJMSRedelivered());
        if (change.changed()) {
            links.linkChanged(locker, online, at);
        }
        if (change.superseded() != null) {
            alarms.raise(AlarmKind.DUPLICATE_CONNECTION, locker, null, "connected through " + shepherd
                    + " while its link through " + change.superseded() + " was live; that link was "
                    + "closed (4409). Once is a quick reconnect; often means two devices hold its "
                    + "credentials");
        }
    }

    /**
     * A frame of a locker. A {@code hello} is answered through the Shepherd that passed it on: its {@code welcome}
     * tells the locker that the Core knows it online with the compartments it announced, so an open asked for right
     * after succeeds. (A Shepherd that sends no connection id welcomes on its own.)
     */
    private void device(Message message) throws JMSException {
        LockerMessage frame = MessageCodec.read(((TextMessage) message).getText());
        sentFor(message, frame.locker());
        if (frame instanceof Hello) {
            // a hello comes only on a live link: it says as much as the link message before it, which may be lost
            link(message, frame.locker(), true);
        }
        frames.apply(frame, clock.instant());
        if (frame instanceof Hello hello && message.propertyExists(Headers.CONNECTION)) {
            Optional<LayoutVersion> layout = layouts.toSend(hello.locker(), hello.configVersion(), clock.instant());
            commands.welcome(frame.locker(), message.getStringProperty(Headers.SHEPHERD),
                    message.getStringProperty(Headers.CONNECTION), layout.map(LayoutVersion::configVersion)
                            .orElse(null), layout.map(l -> LayoutJson.write(l.layout())).orElse(null));
        }
    }

    /**
     * Dropped, and counted on one alarm per queue: the names in a forged message are the forger's to choose, so they
     * go into the alarm's detail, never into its subject (one alarm however many names are tried).
     */
    private void forged(Message message, String kind, String locker, ForgedMessageException e) {
        String claimed;
        try {
            claimed = message.getStringProperty(Headers.SHEPHERD);
        } catch (JMSException | RuntimeException unreadable) {
            claimed = null;
        }
        alarms.raiseAbout(AlarmKind.FORGED_MESSAGE, SUBJECT, "dropped a " + kind + " message about locker " + locker
                + " that claimed to come from " + claimed + ": " + e.getMessage(), 1);
    }

    /** An alarm a Shepherd raised about a locker, or a deployment about callers it refused (with a count). */
    private void alarm(Message message, String locker) throws JMSException {
        String named = message.getStringProperty(Headers.ALARM);
        if (named == null) {
            throw new IllegalArgumentException("an alarm message names no alarm");
        }
        AlarmKind kind = AlarmKind.valueOf(named);
        String reason = message.getStringProperty(Headers.REASON);
        String subject = message.getStringProperty(Headers.ALARM_SUBJECT);
        if (subject == null) {
            alarms.raise(kind, sentFor(message, locker), null, reason);
            return;
        }
        // any deployment reports the callers it refused, without a credential: that alone, and counted within bounds
        if (kind != AlarmKind.REFUSED_REQUEST) {
            throw new ForgedMessageException("only refused requests are reported without a credential, not " + kind);
        }
        long times = message.propertyExists(Headers.COUNT) ? message.getLongProperty(Headers.COUNT) : 1;
        alarms.raiseAbout(kind, subject, reason, Math.min(Math.max(1, times), MAX_REPORTED_REFUSALS));
    }

    /** More refusals than a deployment's rate limits let through in one report interval, by far. */
    static final long MAX_REPORTED_REFUSALS = 100_000;

    private void undelivered(Message message, String locker) throws JMSException {
        boolean expired = message.getBooleanProperty(Headers.EXPIRED);
        String reason = message.getStringProperty(Headers.REASON);
        progress.advance(locker, message.getStringProperty(Headers.IMPULSE),
                expired ? ImpulseState.EXPIRED : ImpulseState.FAILED, clock.instant(), reason);
    }
}
