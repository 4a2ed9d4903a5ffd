package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.CodeResult;
import io.lockernet.simulator.locker.SimulatedLocker;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Guessing pickup codes at the keypads, as a thief would: a right code of one's own does not reset the count of
 * wrong ones, and wrong codes spread thin over many lockers are seen as one attack on the network. The system under
 * test counts over one minute and calls 8 wrong codes in the network an attack (src/it-config/server.properties);
 * five at one locker lock its keypad, as in the field. Each test lifts the lockouts it caused and the wrong codes it
 * typed afterwards (as an operator would), so that other tests find the keypads as they were.
 */
@OnEveryDatabase
class KeypadGuessingIT {

    private static final String RESERVATIONS = Demo.APP + "/core/api/partner/reservations";
    private static final String IMPULSES = Demo.APP + "/core/api/partner/impulses";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRightCodeDoesNotWipeTheWrongOnesTypedBeforeIt() {
        String acme = Http.clientToken("partner-acme");
        try (SimulatedLocker locker = Demo.locker("L-0002", 2)) {
            locker.connect().join();
            assertTrue(locker.awaitWelcome(WAIT));
            String right = deposited(acme, "L-0002");
            String wrong = right.equals("999999") ? "999998" : "999999";

            for (int i = 0; i < 4; i++) {
                locker.enterCode(wrong);
                assertEquals("wrong code", codeResult(locker).reason());
            }
            locker.enterCode(right);
            assertTrue(codeResult(locker).accepted(), "the thief's own parcel opens");
            locker.enterCode(wrong);
            assertEquals("wrong code", codeResult(locker).reason(), "the fifth wrong code within the window");
            locker.enterCode(wrong);
            CodeResult locked = codeResult(locker);
            assertFalse(locked.accepted());
            assertTrue(locked.reason().startsWith("locked out"), "four wrong, one right, one wrong: " + locked.reason());
            OperatorAlarms.awaitForLocker("CODE_GUESSING", "L-0002");

            Operators.liftKeypadLockout("L-0002");
            locker.enterCode(wrong);
            assertEquals("wrong code", codeResult(locker).reason(), "lifted: the keypad takes codes again");
        } finally {
            Operators.liftKeypadLockout("L-0002");
        }
    }

    @Test
    void wrongCodesSpreadOverManyLockersRaiseOneAlarmAboutTheNetwork() {
        long before = OperatorAlarms.times("CODE_GUESSING", "the whole network");
        List<SimulatedLocker> lockers = List.of(Demo.locker("L-0001", 1), Demo.locker("L-0004", 2),
                Demo.locker("L-0005", 1), Demo.locker("L-0006", 2));
        try {
            for (SimulatedLocker locker : lockers) {
                locker.connect().join();
                assertTrue(locker.awaitWelcome(WAIT));
                for (int i = 0; i < 2; i++) {
                    locker.enterCode("99999" + i);
                    assertEquals("wrong code", codeResult(locker).reason(), "two at a locker lock nothing");
                }
            }
        } finally {
            lockers.forEach(SimulatedLocker::close);
            List.of("L-0001", "L-0004", "L-0005", "L-0006").forEach(Operators::liftKeypadLockout);
        }
        OperatorAlarms.awaitTimes("CODE_GUESSING", "the whole network", before + 1);
    }

    /** Reserves a compartment at the locker and deposits a parcel in it; returns its pickup code. */
    private static String deposited(String token, String locker) {
        JsonObject reservation = Http.postJson(RESERVATIONS, token, Json.createObjectBuilder().add("locker", locker)
                .add("size", "S").add("parcelRef", "keypad-guessing").build()).json();
        String id = reservation.getString("id");
        // the Core may hear that the locker is online a moment after its welcome: ask until it takes the open
        Await.until("the deposit open taken", WAIT, () -> Optional.of(Http.postJson(IMPULSES, token,
                Json.createObjectBuilder().add("reservation", id).add("purpose", "DEPOSIT")
                        .add("requestedBy", "employee-subject").build())).filter(r -> r.status() == 201));
        Await.until("reservation " + id + " DEPOSITED", WAIT, () -> Optional.of(Http.get(RESERVATIONS + "/" + id, token)
                .json()).filter(r -> r.getString("state").equals("DEPOSITED")));
        return reservation.getString("pickupCode");
    }

    private static CodeResult codeResult(SimulatedLocker locker) {
        return locker.awaitCodeResult(WAIT).orElseThrow(() -> new AssertionError("no answer to a code entry"));
    }
}
