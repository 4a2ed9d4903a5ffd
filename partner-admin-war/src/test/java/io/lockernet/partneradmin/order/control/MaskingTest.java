package io.lockernet.partneradmin.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void namesKeepTheFirstLetterOfEachWord() {
        assertEquals("M**** S******", Masking.name("Marge Simpson"));
        assertEquals("A***-M**** O*****", Masking.name("Anne-Marie Oneill"));
        assertNull(Masking.name(null));
    }

    @Test
    void emailsKeepTheFirstLetterAndTheTopLevelDomain() {
        assertEquals("m****@*******.com", Masking.email("marge@example.com"));
        assertEquals("h@**********.uk", Masking.email("h@example.co.uk"));
        assertEquals("*******", Masking.email("nomail!"));
    }

    @Test
    void phonesKeepTheLastTwoDigits() {
        assertEquals("*********34", Masking.phone("+1 555 0134"));
        assertEquals("7", Masking.phone("7"));
    }
}
