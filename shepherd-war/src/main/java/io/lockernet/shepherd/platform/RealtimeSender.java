package io.lockernet.shepherd.platform;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Puts realtime frames on the Core's realtime queue, one JMS message each, all of a batch in one transaction: one
 * commit (one journal write) however many frames queued up while the previous batch was being sent.
 */
@ApplicationScoped
public class RealtimeSender {

    /**
     * One message for the realtime queue: the frame (or event) of a locker and its headers; {@code sent} (may be null)
     * runs once the message is on the queue (v1.1: the locker's {@code ack}).
     */
    public record Frame(String locker, String kind, String body, long at, Map<String, Object> properties,
                        Runnable sent) {
        public Frame(String locker, String kind, String body, long at, Map<String, Object> properties) {
            this(locker, kind, body, at, properties, null);
        }
    }

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.REALTIME_JNDI)
    Queue realtime;

    @Inject
    ShepherdConfig config;

    @Inject
    ShepherdCredentials credentials;

    @Transactional
    public void send(List<Frame> frames) {
        String credential = credentials.forMessages();
        try (JMSContext jms = connectionFactory.createContext()) {
            for (Frame frame : frames) {
                JMSProducer producer = jms.createProducer()
                        .setProperty(Headers.KIND, frame.kind())
                        .setProperty(Headers.LOCKER, frame.locker())
                        .setProperty(Headers.SHEPHERD, config.instance())
                        .setProperty(Headers.CREDENTIAL, credential)
                        .setProperty(Headers.AT, frame.at())
                        // one locker's frames are consumed in order, by one consumer at a time (Artemis message groups)
                        .setProperty("JMSXGroupID", frame.locker());
                frame.properties().forEach(producer::setProperty);
                producer.send(realtime, frame.body());
            }
        }
    }
}
