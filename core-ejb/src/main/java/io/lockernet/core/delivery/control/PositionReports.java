package io.lockernet.core.delivery.control;

import io.lockernet.api.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Clock;

/**
 * Puts a courier's reported position on the positions tier, so that the request that brought it is answered at once
 * and a flood of reports never waits on (or holds up) anything else. Not persistent, and dropped after a minute:
 * a position lost with a crashed server is replaced by the next report seconds later.
 */
@ApplicationScoped
public class PositionReports {

    public static final String CARRIER = "carrier";
    public static final String COURIER = "courier";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String AT = "at";

    @Inject
    JMSContext jms;

    @Inject
    Clock clock;

    @Resource(lookup = Destinations.POSITIONS_JNDI)
    Queue positions;

    public void report(String carrier, String courier, double latitude, double longitude) {
        jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).setTimeToLive(60_000)
                .setProperty(CARRIER, carrier).setProperty(COURIER, courier).setProperty(LATITUDE, latitude)
                .setProperty(LONGITUDE, longitude).setProperty(AT, clock.millis())
                .send(positions, "position of " + courier);
    }
}
