package io.lockernet.core.locker.control;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;

/**
 * What the Core tells a Shepherd about a locker's link, on the Shepherd's command queue: welcome it, or end its
 * connection. (Commands to open a door are the impulse area's: {@code CommandDispatch}.)
 */
@ApplicationScoped
public class LinkCommands {

    @Inject
    JMSContext jms;

    /**
     * Tells the Shepherd that passed on a locker's {@code hello} to welcome it: the Core has recorded it. Joins the
     * caller's transaction, so the welcome leaves only with the hello recorded; a welcome that could not be delivered
     * within a minute is dropped (the locker has reconnected since, and said hello again). With a layout
     * ({@code configVersion} and its JSON, else both null) the Shepherd sends it in a {@code configure} frame right
     * after the welcome.
     */
    public void welcome(String locker, String shepherd, String connection, String configVersion, String layoutJson) {
        var producer = jms.createProducer()
                .setTimeToLive(60_000)
                .setProperty(Headers.KIND, Headers.Kind.WELCOME)
                .setProperty(Headers.LOCKER, locker)
                .setProperty(Headers.CONNECTION, connection);
        if (configVersion != null) {
            producer.setProperty(Headers.CONFIG_VERSION, configVersion);
        }
        producer.send(jms.createQueue(Destinations.commandsOf(shepherd)), layoutJson == null ? "" : layoutJson);
    }

    /**
     * Tells the Shepherd holding a locker's connection to send it a layout in a {@code configure} frame. Not kept
     * past a minute: a locker that was not reached gets the layout after its next {@code hello}.
     */
    public void configure(String locker, String shepherd, String configVersion, String layoutJson) {
        jms.createProducer()
                .setTimeToLive(60_000)
                .setProperty(Headers.KIND, Headers.Kind.CONFIGURE)
                .setProperty(Headers.LOCKER, locker)
                .setProperty(Headers.CONFIG_VERSION, configVersion)
                .send(jms.createQueue(Destinations.commandsOf(shepherd)), layoutJson);
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
