package io.lockernet.core.delivery.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.core.delivery.control.PositionReports;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The positions tier ({@value Destinations#POSITIONS}; positions pool and delivery group): where a courier is, as its
 * app reported it. Each message is one report; a redelivered or late one is older than what the Core has and changes
 * nothing, so redelivery is harmless. The ETAs of the courier's stops follow.
 */
@MessageDriven(name = "PositionListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.POSITIONS_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class PositionListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PositionListener.class.getName());

    @EJB
    CourierRounds rounds;

    @Override
    public void onMessage(Message message) {
        try {
            rounds.moved(message.getStringProperty(PositionReports.CARRIER),
                    message.getStringProperty(PositionReports.COURIER),
                    message.getDoubleProperty(PositionReports.LATITUDE),
                    message.getDoubleProperty(PositionReports.LONGITUDE),
                    Instant.ofEpochMilli(message.getLongProperty(PositionReports.AT)));
        } catch (JMSException | RuntimeException e) {
            // the next report replaces this one within seconds: a redelivery of an old position helps nobody
            LOG.warning(() -> "a position report was dropped: " + e);
        }
    }
}
