package io.lockernet.core.impulse.control;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.core.impulse.entity.Impulse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts an impulse on the command queue of the Shepherd that holds the locker. The message joins the caller's
 * transaction, so it leaves only if the impulse was recorded, and it expires at the impulse's deadline: a command
 * that waited too long in a queue is dropped by the broker before any locker sees it. (What the Core says about a
 * locker's link, welcome or release, is the locker area's {@code LinkCommands}.)
 */
@ApplicationScoped
public class CommandDispatch {

    @Inject
    JMSContext jms;

    @Inject
    Clock clock;

    /** Sends the impulse's {@code open}. */
    public void send(Impulse impulse, String shepherd) {
        send(impulse, shepherd, "open", impulse.deadline());
    }

    /**
     * Sends a {@code close} for the roller shutter an impulse raised: the same impulse id, so that the shutter's
     * {@code door closed} ends that impulse (and settles its reservation); its own deadline.
     */
    public void sendClose(Impulse impulse, String shepherd, Instant deadline) {
        send(impulse, shepherd, "close", deadline);
    }

    private void send(Impulse impulse, String shepherd, String action, Instant deadline) {
        Message command = jms.createMessage();
        try {
            command.setStringProperty(Headers.IMPULSE, impulse.id());
            command.setStringProperty(Headers.LOCKER, impulse.locker());
            command.setStringProperty(Headers.COMPARTMENT, impulse.compartment());
            command.setStringProperty(Headers.ACTION, action);
            command.setLongProperty(Headers.DEADLINE, deadline.toEpochMilli());
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot build the command message of impulse " + impulse.id(), e);
        }
        long timeToLive = Math.max(1, deadline.toEpochMilli() - clock.millis());
        jms.createProducer()
                .setTimeToLive(timeToLive)
                .send(jms.createQueue(Destinations.commandsOf(shepherd)), command);
    }
}
