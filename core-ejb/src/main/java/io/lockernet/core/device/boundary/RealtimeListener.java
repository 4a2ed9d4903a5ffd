package io.lockernet.core.device.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.device.control.DeviceFrames;
import io.lockernet.core.impulse.control.ImpulseProgress;
import io.lockernet.core.impulse.entity.ImpulseState;
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
import java.util.logging.Logger;

/**
 * Consumes the realtime queue ({@value Destinations#REALTIME}, realtime tier, pool and delivery group set in
 * {@code jboss-ejb3.xml}): device frames, link changes, undeliverable commands and connection alarms from every
 * Shepherd. Idempotent: frames are recorded once by (locker, seq), link changes set a state, and impulses only move
 * forward; an alarm redelivered after a rollback is raised again (alarms are written in their own transaction).
 */
@MessageDriven(name = "RealtimeListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.REALTIME_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class RealtimeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(RealtimeListener.class.getName());

    @Inject
    DeviceFrames frames;

    @Inject
    ImpulseProgress progress;

    @EJB
    Lockers lockers;

    @EJB
    Alarms alarms;

    @EJB
    LinkHealth links;

    @Inject
    Clock clock;

    @Override
    public void onMessage(Message message) {
        try {
            String kind = message.getStringProperty(Headers.KIND);
            String locker = message.getStringProperty(Headers.LOCKER);
            switch (kind == null ? "" : kind) {
                case Headers.Kind.DEVICE -> frames.apply(MessageCodec.read(((TextMessage) message).getText()),
                        clock.instant());
                case Headers.Kind.LINK -> {
                    boolean online = message.getBooleanProperty(Headers.ONLINE);
                    Instant at = Instant.ofEpochMilli(message.getLongProperty(Headers.AT));
                    if (lockers.linkChanged(locker, online, at, message.getStringProperty(Headers.SHEPHERD))) {
                        links.linkChanged(locker, online, at);
                    }
                }
                case Headers.Kind.UNDELIVERED -> undelivered(message, locker);
                case Headers.Kind.ALARM -> alarm(message, locker);
                default -> LOG.warning(() -> "dropping a realtime message of unknown kind '" + kind + "'");
            }
        } catch (MalformedMessageException | ClassCastException | IllegalArgumentException e) {
            // a poison message would be redelivered for ever; it cannot become valid, so it is logged and dropped
            LOG.warning(() -> "dropping a malformed realtime message: " + e.getMessage());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a realtime message", e);
        }
    }

    /** An alarm a Shepherd raised about a locker, or a deployment about callers it refused (with a count). */
    private void alarm(Message message, String locker) throws JMSException {
        AlarmKind kind = AlarmKind.valueOf(message.getStringProperty(Headers.ALARM));
        String reason = message.getStringProperty(Headers.REASON);
        String subject = message.getStringProperty(Headers.ALARM_SUBJECT);
        if (subject == null) {
            alarms.raise(kind, locker, null, reason);
        } else {
            long times = message.propertyExists(Headers.COUNT) ? Math.max(1, message.getLongProperty(Headers.COUNT)) : 1;
            alarms.raiseAbout(kind, subject, reason, times);
        }
    }

    private void undelivered(Message message, String locker) throws JMSException {
        boolean expired = message.getBooleanProperty(Headers.EXPIRED);
        String reason = message.getStringProperty(Headers.REASON);
        progress.advance(locker, message.getStringProperty(Headers.IMPULSE),
                expired ? ImpulseState.EXPIRED : ImpulseState.FAILED, clock.instant(), reason);
    }
}
