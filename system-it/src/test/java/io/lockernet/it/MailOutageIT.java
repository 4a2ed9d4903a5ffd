package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A mail server that takes connections and then says nothing, as a hung one does: the Partner hangs up on it after
 * 3 s (src/it-config/server.properties) instead of holding a thread on it for ever (JavaMail's own timeouts are
 * infinite: each such try would leak a thread of a pool that also serves door events), and the customer's pickup code
 * is sent by a later sweep once a working server answers on the same port: late, never lost. Runs with the H2 half of
 * CI: nothing here depends on the database.
 */
class MailOutageIT {

    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern CODE = Pattern.compile("Pickup code: (\\d{6})");

    @Test
    void aMailServerThatHangsDelaysThePickupCodeButDoesNotLoseIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "moe-" + run + "@example.invalid";
        String reference = "MO-" + run;
        String employee = Http.userToken("partner-acme", "acme-employee");
        newOrder(employee, run, reference, customer);

        try (HungMailServer hung = HungMailServer.listen(ServerSetupTest.SMTP.getPort());
             SimulatedLocker locker = Demo.locker("L-0001", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0001 welcomed");
            JsonObject proposal = Await.until("a proposal for " + reference, WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference + "/proposal?locker=L-0001", employee))
                    .filter(r -> r.status() == 200).map(Http.Reply::json));
            Http.Reply deposit = Http.postJson(ACME + "orders/" + reference + "/deposit", employee,
                    Json.createObjectBuilder().add("locker", "L-0001")
                            .add("compartment", proposal.getString("compartment")).build());
            assertEquals(200, deposit.status(), deposit.body());
            Await.until(reference + " deposited", WAIT, () -> Optional.of(Http.get(ACME + "orders/" + reference,
                    employee).json()).filter(o -> "DEPOSITED".equals(o.getString("state"))));
            Await.until("the code's e-mail tried on the hung server", WAIT, () -> Optional.of(hung.taken.size())
                    .filter(n -> n > 0));
            Await.until("the Partner hanging up on the silent server", WAIT, () -> Optional.of(hung.hungUpOn.size())
                    .filter(n -> n > 0));

            hung.stopListening();
            GreenMail mailbox = new GreenMail(ServerSetupTest.SMTP);
            mailbox.start();
            try {
                MimeMessage mail = Await.until("the pickup e-mail to " + customer + " once a server answers", WAIT,
                        () -> Arrays.stream(mailbox.getReceivedMessagesForDomain(customer)).findFirst());
                Matcher code = CODE.matcher(GreenMailUtil.getBody(mail));
                assertTrue(code.find(), "the mail carries the code");
                // the customer collects, and L-0001 is as it was
                locker.enterCode(code.group(1));
                Await.until(reference + " collected", WAIT, () -> Optional.of(
                        Http.get(ACME + "orders/" + reference, employee).json())
                        .filter(o -> "COLLECTED".equals(o.getString("state"))));
            } finally {
                mailbox.stop();
            }
        }
    }

    private static void newOrder(String employee, String run, String reference, String customer) {
        assertEquals(201, Http.putJson(ACME + "products/MUG-" + run, employee, Json.createObjectBuilder()
                .add("name", "Mug").add("lengthMm", 120).add("widthMm", 90).add("heightMm", 100)
                .add("weightGrams", 350).add("packaging", "BOX").build()).status());
        Http.Reply created = Http.postJson(ACME + "orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", "acme-springfield")
                .add("customer", Json.createObjectBuilder().add("name", "Moe Szyslak").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "MUG-" + run)
                        .add("quantity", 1)))
                .build());
        assertEquals(201, created.status(), created.body());
    }

    /** Takes connections on the mail port and never answers them; notes each one the other side hangs up. */
    private static final class HungMailServer implements AutoCloseable {
        final List<Socket> taken = new CopyOnWriteArrayList<>();
        final List<Socket> hungUpOn = new CopyOnWriteArrayList<>();
        private final ServerSocket listening;

        private HungMailServer(ServerSocket listening) {
            this.listening = listening;
            Thread acceptor = new Thread(() -> {
                try {
                    while (!listening.isClosed()) {
                        Socket connection = listening.accept();
                        taken.add(connection);
                        Thread reader = new Thread(() -> awaitHangUp(connection), "hung-mail-connection");
                        reader.setDaemon(true);
                        reader.start();
                    }
                } catch (IOException closed) {
                    // stopListening: the connections already taken stay open
                }
            }, "hung-mail-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        /** Reads what the client sends (nothing is answered) until it closes its end. */
        private void awaitHangUp(Socket connection) {
            try (var in = connection.getInputStream()) {
                while (in.read() != -1) {
                    // a client waiting for the greeting sends nothing; whatever comes is ignored
                }
                hungUpOn.add(connection);
            } catch (IOException e) {
                hungUpOn.add(connection); // reset by the client: hung up too
            }
        }

        static HungMailServer listen(int port) throws IOException {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return new HungMailServer(socket);
        }

        void stopListening() throws IOException {
            listening.close();
        }

        @Override
        public void close() throws IOException {
            listening.close();
            for (Socket socket : taken) {
                socket.close();
            }
        }
    }
}
