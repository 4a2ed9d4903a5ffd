package io.lockernet.core.deadletter.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The dead-letter queues of the Core's broker, and how many messages lie in each: one per latency tier (a message
 * its consumer failed on too often) and the broker's default one (a Shepherd's command queue). Counted by browsing,
 * which takes nothing away: a dead letter stays for an operator to look at.
 */
@ApplicationScoped
public class DeadLetters {

    /** JNDI names of the dead-letter queues (30-messaging.cli; the default DLQ comes with the server). */
    public static final List<String> QUEUES = List.of("java:/jms/queue/lockernet.realtime.dlq",
            "java:/jms/queue/lockernet.history.dlq", "java:/jms/queue/lockernet.reports.dlq",
            "java:/jms/queue/lockernet.offpeak.dlq", "java:/jms/queue/lockernet.callbacks.dlq",
            "java:/jms/queue/DLQ");

    /** Counting stops here: enough to say "many", without browsing a flood to its end. */
    static final int COUNT_LIMIT = 10_000;

    @Inject
    JMSContext jms;

    /** The queues by name, looked up once. */
    private final Map<String, Queue> queues = new LinkedHashMap<>();

    @PostConstruct
    void lookUp() {
        for (String jndi : QUEUES) {
            queues.put(jndi.substring(jndi.lastIndexOf('/') + 1), lookup(jndi));
        }
    }

    /** Messages in each dead-letter queue, by queue name (at most {@link #COUNT_LIMIT} each). */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        queues.forEach((name, queue) -> counts.put(name, count(queue)));
        return counts;
    }

    private int count(Queue queue) {
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            int count = 0;
            for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements() && count < COUNT_LIMIT;
                 messages.nextElement()) {
                count++;
            }
            return count;
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot browse " + queue, e);
        }
    }

    private static Queue lookup(String jndi) {
        try {
            return (Queue) new InitialContext().lookup(jndi);
        } catch (NamingException e) {
            throw new IllegalStateException("no dead-letter queue " + jndi, e);
        }
    }
}
