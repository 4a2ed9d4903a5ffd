package io.lockernet.core.alarm.control;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.core.alarm.entity.Alarm;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.logging.Logger;

/**
 * Tells the operators' consoles of every alarm opened, on the realtime state topic (subject
 * {@value Headers.Subject#OPERATOR_ALARM}): the kind, and the locker when it concerns one. Sent in the alarm's own
 * transaction ({@link AlarmRaised} is fired in it), so that an alarm that lost the race to another raised at the same
 * moment (and is counted on it instead) is not announced twice. Counting on an open alarm announces nothing: a flood of
 * one problem stays one message, as it stays one alarm.
 */
@ApplicationScoped
public class AlarmBroadcast {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(AlarmBroadcast.class.getName());

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.STATE_TOPIC_JNDI)
    Topic stateTopic;

    void raised(@Observes AlarmRaised raised) {
        Alarm alarm = raised.alarm();
        JsonObjectBuilder body = JSON.createObjectBuilder().add("id", alarm.id()).add("alarm", alarm.kind().name())
                .add("raisedAt", alarm.raisedAt().toString());
        JMSProducer producer = jms.createProducer()
                .setProperty(Headers.SUBJECT, Headers.Subject.OPERATOR_ALARM)
                .setProperty(Headers.ALARM, alarm.kind().name());
        // absent rather than null: a null string property is not a property to every JMS provider
        if (alarm.locker() != null) {
            body.add("locker", alarm.locker());
            producer.setProperty(Headers.LOCKER, alarm.locker());
        }
        if (alarm.compartment() != null) {
            body.add("compartment", alarm.compartment());
            producer.setProperty(Headers.COMPARTMENT, alarm.compartment());
        }
        try {
            producer.send(stateTopic, body.build().toString());
        } catch (JMSRuntimeException e) {
            // the alarm matters more than the consoles' news of it: they show it on their next refresh
            LOG.warning(() -> "cannot announce alarm " + alarm.id() + " to the operators' consoles: " + e);
        }
    }
}
