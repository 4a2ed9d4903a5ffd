package io.lockernet.api.web;

import io.lockernet.api.messaging.Headers;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Sends tallied refusals to the Core's realtime queue as alarms of kind {@code REFUSED_REQUEST} about the subject
 * "deployment: kind of refusal from caller" (e.g. {@code core.war: invalid credentials from an unauthenticated caller
 * at 127.0.0.1}); the Core keeps one open alarm per subject and adds the counts.
 */
final class RefusalAlarms implements RefusalSink {

    static final String KIND = "REFUSED_REQUEST";

    private final ConnectionFactory connections;
    private final Queue queue;
    private final String origin;

    RefusalAlarms(ConnectionFactory connections, Queue queue, String origin) {
        this.connections = connections;
        this.queue = queue;
        this.origin = origin;
    }

    @Override
    public void refused(Refusal refusal, long times) {
        try (JMSContext jms = connections.createContext()) {
            jms.createProducer()
                    .setProperty(Headers.KIND, Headers.Kind.ALARM)
                    .setProperty(Headers.ALARM, KIND)
                    .setProperty(Headers.ALARM_SUBJECT, origin + ": " + refusal.kind().name().toLowerCase().replace('_', ' ')
                            + " from " + refusal.caller())
                    .setProperty(Headers.REASON, refusal.detail())
                    .setProperty(Headers.COUNT, times)
                    .send(queue, "");
        }
    }
}
