package io.lockernet.core.callback.control;

import io.lockernet.api.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

/**
 * Asks the callbacks tier to attempt a delivery, now or after a wait. Sent in the caller's transaction, so a delivery
 * is attempted only if the change that made it committed; the database stays the truth (a nudge lost with a crashed
 * server is made up by the sweep).
 */
@ApplicationScoped
public class Nudges {

    /** The message property that names the delivery. */
    public static final String DELIVERY = "delivery";

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.CALLBACKS_JNDI)
    Queue callbacks;

    public void attempt(long delivery, Duration after) {
        jms.createProducer().setDeliveryDelay(Math.max(0, after.toMillis())).setProperty(DELIVERY, delivery)
                .send(callbacks, "attempt delivery " + delivery);
    }
}
