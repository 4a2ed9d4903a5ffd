package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a retailer's customer does in the returns tests, through a Partner's API and a simulated locker: a deposited
 * order collected with the mailed pickup code, and the codes read from the customer's mail (GreenMail in this JVM).
 */
final class Customers {

    static final Pattern PICKUP_CODE = Pattern.compile("Pickup code: (\\d{6})");
    static final Pattern RETURN_CODE = Pattern.compile("Return code: (\\d{6})");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Customers() {
    }

    /**
     * Staff put the order into {@code locker} as proposed (as in DepositPickupIT), and the customer collects it with the
     * mailed code. {@code api} is the Partner's API, ending in '/'.
     */
    static void depositAndCollect(GreenMailExtension mailbox, String api, SimulatedLocker locker, String lockerId,
                                  String employee, String reference, String customer) {
        JsonObject proposal = Await.until("a proposal for " + reference, WAIT, () -> Optional.of(
                Http.get(api + "orders/" + reference + "/proposal?locker=" + lockerId, employee))
                .filter(r -> r.status() == 200).map(Http.Reply::json));
        Http.Reply deposit = Http.postJson(api + "orders/" + reference + "/deposit", employee,
                Json.createObjectBuilder().add("locker", lockerId).add("compartment", proposal.getString("compartment"))
                        .build());
        assertEquals(200, deposit.status(), deposit.body());
        locker.enterCode(code(mailbox, customer, "ready for pickup", PICKUP_CODE));
        assertTrue(locker.awaitCodeResult(WAIT).orElseThrow().accepted(), "the pickup code opens");
        Await.until(reference + " collected", WAIT, () -> Optional.of(
                Http.get(api + "orders/" + reference, employee).json())
                .filter(o -> "COLLECTED".equals(o.getString("state"))));
    }

    /** The first mail to the customer whose subject contains {@code subjectPart}, once it has come. */
    static MimeMessage mail(GreenMailExtension mailbox, String customer, String subjectPart) {
        return Await.until("the e-mail to " + customer + " about " + subjectPart, WAIT, () -> Arrays.stream(
                mailbox.getReceivedMessagesForDomain(customer)).filter(m -> subject(m).contains(subjectPart))
                .findFirst());
    }

    /** The code {@code pattern} finds in that mail. */
    static String code(GreenMailExtension mailbox, String customer, String subjectPart, Pattern pattern) {
        String body = GreenMailUtil.getBody(mail(mailbox, customer, subjectPart));
        Matcher code = pattern.matcher(body);
        assertTrue(code.find(), "the mail carries the code: " + body);
        return code.group(1);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
