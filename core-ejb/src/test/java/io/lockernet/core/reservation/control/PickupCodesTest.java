package io.lockernet.core.reservation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PickupCodesTest {

    private static byte[] pepper() {
        byte[] pepper = new byte[32];
        new SecureRandom().nextBytes(pepper);
        return pepper;
    }

    private final PickupCodes codes = new PickupCodes(pepper());

    @Test
    void theRightCodeMatchesAndAWrongOneDoesNot() {
        String salt = PickupCodes.newSalt();
        String stored = codes.hash("048213", salt);
        assertTrue(codes.matches("048213", salt, stored));
        assertFalse(codes.matches("048214", salt, stored));
    }

    @Test
    void aStolenTableWithoutThePepperGivesNoCodeAway() {
        String salt = PickupCodes.newSalt();
        String code = PickupCodes.newCode();
        String stored = codes.hash(code, salt);
        PickupCodes thief = new PickupCodes(pepper()); // everything but the pepper: the row, the salt, the scheme
        List<String> found = new ArrayList<>();
        IntStream.range(0, 1_000_000).mapToObj(i -> String.format("%06d", i))
                .filter(candidate -> thief.hash(candidate, salt).equals(stored)).forEach(found::add);
        assertEquals(List.of(), found, "all a million codes tried without the pepper");
        assertTrue(codes.matches(code, salt, stored), "with the pepper, the code is found at once");
    }

    @Test
    void codesStoredBeforeThePepperAreStillRecognised() {
        // a PBKDF2 hash of "123456" with this salt, as stored before the pepper
        String salt = "AAAAAAAAAAAAAAAAAAAAAA==";
        String legacy = PickupCodes.legacyHash("123456", salt);
        assertTrue(codes.matches("123456", salt, legacy));
        assertFalse(codes.matches("123457", salt, legacy));
    }
}
