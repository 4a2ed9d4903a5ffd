package io.lockernet.core.impulse.control;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.core.impulse.entity.Impulse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.time.Clock;

/**
 * Puts an impulse on the command queue of the Shepherd that holds the locker. The message joins the caller's
 * transaction, so it leaves only if the impulse was recorded, and it expires at the impulse's deadline: a command
 * that waited too long in a queue is dropped by the broker before any locker sees it.
 */
@ApplicationScoped
public class CommandDispatch {

    @Inject
    JMSContext jms;

    @Inject
    Clock clock;

    public void send(Impulse impulse, String shepherd) {
        Message command = jms.createMessage();
        try {
            command.setStringProperty(Headers.IMPULSE, impulse.id());
            command.setStringProperty(Headers.LOCKER, impulse.locker());
            command.setStringProperty(Headers.COMPARTMENT, impulse.compartment());
            command.setLongProperty(Headers.DEADLINE, impulse.deadline().toEpochMilli());
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot build the command message of impulse " + impulse.id(), e);
        }
        long timeToLive = Math.max(1, impulse.deadline().toEpochMilli() - clock.millis());
        jms.createProducer()
                .setTimeToLive(timeToLive)
                .send(jms.createQueue(Destinations.commandsOf(shepherd)), command);
    }

    /**
     * Tells the Shepherd that passed on a locker's {@code hello} to welcome it: the Core has recorded it. Joins the
     * caller's transaction, so the welcome leaves only with the hello recorded; a welcome that could not be delivered
     * within a minute is dropped (the locker has reconnected since, and said hello again).
     */
    public void welcome(String locker, String shepherd, String connection) {
        jms.createProducer()
                .setTimeToLive(60_000)
                .setProperty(Headers.KIND, Headers.Kind.WELCOME)
                .setProperty(Headers.LOCKER, locker)
                .setProperty(Headers.CONNECTION, connection)
                .send(jms.createQueue(Destinations.commandsOf(shepherd)), "");
    }

    /**
     * Tells a Shepherd to end a locker's connection with a close code and reason: 4410 when the locker was reassigned
     * to other Shepherds, 4409 when it connected again through another one.
     */
    public void release(String locker, String shepherd, int closeCode, String reason) {
        jms.createProducer()
                .setProperty(Headers.KIND, Headers.Kind.RELEASE)
                .setProperty(Headers.LOCKER, locker)
                .setProperty(Headers.CLOSE_CODE, closeCode)
                .setProperty(Headers.REASON, reason)
                .send(jms.createQueue(Destinations.commandsOf(shepherd)), "");
    }
}
