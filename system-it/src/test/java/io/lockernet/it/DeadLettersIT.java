package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.deadletter.boundary.DeadLetterWatch;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dead letters are never left unseen: messages that land in a dead-letter queue raise one DEAD_LETTERS alarm about
 * that queue, counted, and are counted in the operator area ({@code GET /core/api/operator/dead-letters}). Runs inside the server (Arquillian), which puts two messages
 * straight into the history tier's dead-letter queue, as the broker does after a consumer failed on them too often;
 * the test system looks every 2 s (src/it-config/server.properties). The test takes its messages out again and
 * resolves the alarm.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLettersIT {

    private static final String QUEUE = "lockernet.history.dlq";
    private static final String SUBJECT = "dead letters in " + QUEUE;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "dead-letters-it.war")
                .addClasses(DeadLettersIT.class, Await.class)
                .addAsManifestResource(new StringAsset(
                        "Dependencies: deployment.lockernet.ear, deployment.lockernet.ear.core-ejb.jar\n"), "MANIFEST.MF");
    }

    @Test
    void messagesInADeadLetterQueueRaiseOneCountedAlarmAndAreCountedForOperators() throws Exception {
        Alarms alarms = (Alarms) new InitialContext().lookup("java:global/lockernet/core-ejb/Alarms!"
                + Alarms.class.getName());
        ConnectionFactory factory = lookup("java:/ConnectionFactory");
        Queue dlq = lookup("java:/jms/queue/" + QUEUE);
        long before = times(alarms);
        try (JMSContext jms = factory.createContext()) {
            for (int i = 0; i < 2; i++) {
                jms.createProducer().setProperty("it", "DeadLettersIT").send(dlq, "a batch nobody could record");
            }
            Await.until("two dead letters counted on the alarm", WAIT, () -> Optional.of(times(alarms))
                    .filter(times -> times >= before + 2));
            DeadLetterWatch watch = (DeadLetterWatch) new InitialContext().lookup(
                    "java:global/lockernet/core-ejb/DeadLetterWatch!" + DeadLetterWatch.class.getName());
            Await.until("the operators' count showing them", WAIT, () -> Optional.ofNullable(watch.counts().get(QUEUE))
                    .filter(count -> count >= 2));
            assertTrue(alarms.open().stream().filter(a -> SUBJECT.equals(a.subject())).count() == 1,
                    "one alarm about the queue, not one per message");
        } finally {
            try (JMSContext jms = factory.createContext();
                 JMSConsumer ours = jms.createConsumer(dlq, "it = 'DeadLettersIT'")) {
                while (ours.receive(500) != null) {
                    // taken out again, as an operator would after looking
                }
            }
            alarms.open().stream().filter(a -> SUBJECT.equals(a.subject()))
                    .forEach(a -> alarms.resolve(a.id(), "DeadLettersIT", "test messages taken out"));
        }
    }

    private static long times(Alarms alarms) {
        return alarms.open().stream().filter(a -> a.kind() == AlarmKind.DEAD_LETTERS && SUBJECT.equals(a.subject()))
                .mapToLong(Alarm::times).sum();
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String jndi) throws NamingException {
        return (T) new InitialContext().lookup(jndi);
    }
}
