package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An order from deposit to pickup, as the store employee and the customer live it: the proposed compartment is
 * reserved and opens, the simulated door closes, the order is DEPOSITED and the customer gets an e-mail (through a
 * real SMTP conversation with GreenMail in this JVM) with the pickup code and its QR code; the code typed on the
 * locker's keypad opens the compartment, and once its door closes the order is COLLECTED.
 */
@OnEveryDatabase
class DepositPickupIT {

    @RegisterExtension
    static final GreenMailExtension MAILBOX = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String ACME = Demo.APP + "/partner-acme/api/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern CODE = Pattern.compile("Pickup code: (\\d{6})");

    @Test
    void anOrderIsDepositedTheCustomerIsMailedTheCodeAndCollectsIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String customer = "homer-" + run + "@example.invalid";
        String employee = Http.userToken("partner-acme", "acme-employee");
        assertEquals(201, Http.putJson(ACME + "products/LAMP-" + run, employee, Json.createObjectBuilder()
                .add("name", "Desk lamp").add("lengthMm", 300).add("widthMm", 200).add("heightMm", 120)
                .add("weightGrams", 900).add("packaging", "BOX").build()).status());
        String reference = "DP-" + run;
        Http.Reply created = Http.postJson(ACME + "orders", employee, Json.createObjectBuilder()
                .add("reference", reference).add("store", "acme-springfield")
                .add("customer", Json.createObjectBuilder().add("name", "Homer Simpson").add("email", customer))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "LAMP-" + run)
                        .add("quantity", 1)))
                .build());
        assertEquals(201, created.status(), created.body());

        try (SimulatedLocker locker = Demo.locker("L-0001", 1)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT), "L-0001 welcomed");
            JsonObject proposal = Await.until("a proposal for " + reference, WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference + "/proposal?locker=L-0001", employee))
                    .filter(r -> r.status() == 200).map(Http.Reply::json));

            Http.Reply deposit = Http.postJson(ACME + "orders/" + reference + "/deposit", employee,
                    Json.createObjectBuilder().add("locker", "L-0001")
                            .add("compartment", proposal.getString("compartment")).build());
            assertEquals(200, deposit.status(), "the door opened for the employee: " + deposit.body());

            JsonObject deposited = Await.until(reference + " deposited and its code sent", WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference, employee).json())
                    .filter(o -> "DEPOSITED".equals(o.getString("state"))
                            && o.getJsonArray("parcels").getJsonObject(0).containsKey("codeSentAt")));
            JsonObject parcel = deposited.getJsonArray("parcels").getJsonObject(0);
            assertEquals(proposal.getString("compartment"), parcel.getString("compartment"));
            assertNotNull(parcel.getString("expiresAt", null), "a pickup window: " + parcel);

            MimeMessage mail = Await.until("the pickup e-mail to " + customer, WAIT, () -> Arrays.stream(
                    MAILBOX.getReceivedMessagesForDomain(customer)).findFirst());
            String text = GreenMailUtil.getBody(mail);
            Matcher code = CODE.matcher(text);
            assertTrue(code.find(), "the mail carries the code: " + text);
            assertTrue(mail.getSubject().contains(reference), mail.getSubject());
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertTrue(parts.getBodyPart(1).isMimeType("image/png"), "and its QR code");

            Http.Reply again = Http.postJson(ACME + "orders/" + reference + "/deposit", employee,
                    Json.createObjectBuilder().add("locker", "L-0001").add("compartment", "B4").build());
            assertEquals(409, again.status(), "a deposited order is not deposited twice: " + again.body());

            Http.Reply plainOpen = Http.post(ACME + "lockers/L-0001/compartments/" + parcel.getString("compartment")
                    + "/open", employee);
            assertEquals(409, plainOpen.status(), "a compartment with a parcel in it does not open for just anyone: "
                    + plainOpen.body());

            locker.enterCode(code.group(1));
            Await.until(reference + " collected", WAIT, () -> Optional.of(
                    Http.get(ACME + "orders/" + reference, employee).json())
                    .filter(o -> "COLLECTED".equals(o.getString("state"))));
        }
    }
}
