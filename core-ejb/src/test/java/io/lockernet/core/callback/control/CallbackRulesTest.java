package io.lockernet.core.callback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of callbacks that need no server: which URLs an endpoint may have, the backoff, the event types. */
class CallbackRulesTest {

    /** Every type the Core names is one a retailer may subscribe to, once; the test event is not. */
    @Test
    void theSubscribableTypesAreTheNamedOnes() throws IllegalAccessException {
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (java.lang.reflect.Field field : CallbackTypes.class.getFields()) {
            if (field.getType() == String.class) {
                named.add((String) field.get(null));
            }
        }
        named.remove(CallbackTypes.TEST);
        assertEquals(named, new java.util.TreeSet<>(CallbackTypes.ALL));
        assertEquals(CallbackTypes.ALL.size(), named.size(), "no type twice");
    }

    @Test
    void anEndpointIsHttpsOnAPublicAddressUnlessPrivateOnesAreAllowed() {
        assertEquals("url must be https", EndpointAddresses.refusal("http://shop.example/hook", false));
        assertTrue(EndpointAddresses.refusal("https://127.0.0.1/hook", false).contains("not public"));
        assertTrue(EndpointAddresses.refusal("https://10.1.2.3/hook", false).contains("not public"));
        assertTrue(EndpointAddresses.refusal("https://169.254.169.254/latest", false).contains("not public"));
        assertTrue(EndpointAddresses.refusal("https://[::1]/hook", false).contains("not public"));
        assertTrue(EndpointAddresses.refusal("https://[fd00::1]/hook", false).contains("not public"));
        assertNull(EndpointAddresses.refusal("https://93.184.215.14/hook", false), "a public address");
        assertNotNull(EndpointAddresses.refusal("https://user:pw@93.184.215.14/hook", false), "no credentials in it");
        assertNotNull(EndpointAddresses.refusal("not a url at all", false));
        assertNotNull(EndpointAddresses.refusal("ftp://127.0.0.1/hook", true), "ftp is never an endpoint");
        assertNull(EndpointAddresses.refusal("http://127.0.0.1:8999/hook", true), "the local demo and the tests");
    }

    @Test
    void httpsEndpointsAreTrustedByThePublicAuthoritiesOfTheJdk() {
        assertTrue(java.util.Arrays.stream(CallbackTrust.manager().getAcceptedIssuers())
                .anyMatch(ca -> ca.getSubjectX500Principal().getName().contains("ISRG Root X1")),
                "Let's Encrypt's root, as an example of the JDK's public authorities");
    }

    @Test
    void retriesWaitLongerEachTimeWithJitterUpToTheLastStep() {
        var backoff = new CallbackSettings.Backoff(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(120)));
        assertEquals(Duration.ofSeconds(4), backoff.after(1, 0.0), "the lowest jitter: 80 %");
        assertEquals(Duration.ofSeconds(6), backoff.after(1, 1.0), "the highest: 120 %");
        assertEquals(Duration.ofSeconds(30), backoff.after(2, 0.5));
        assertEquals(Duration.ofSeconds(120), backoff.after(3, 0.5));
        assertEquals(Duration.ofSeconds(120), backoff.after(50, 0.5), "the last wait repeats");
    }

    @Test
    void aSettledReservationIsAParcelOrAReturnEvent() {
        assertEquals(Optional.of("parcel.deposited"),
                CallbackSources.type(ReservationPurpose.DEPOSIT, ReservationState.DEPOSITED));
        assertEquals(Optional.of("parcel.collected"),
                CallbackSources.type(ReservationPurpose.DEPOSIT, ReservationState.COLLECTED));
        assertEquals(Optional.of("parcel.retrieved"),
                CallbackSources.type(ReservationPurpose.DEPOSIT, ReservationState.RETRIEVED));
        assertEquals(Optional.of("return.dropped-off"),
                CallbackSources.type(ReservationPurpose.DROP_OFF, ReservationState.DEPOSITED));
        assertEquals(Optional.of("return.retrieved"),
                CallbackSources.type(ReservationPurpose.DROP_OFF, ReservationState.RETRIEVED));
        assertEquals(Optional.empty(), CallbackSources.type(ReservationPurpose.DEPOSIT, ReservationState.EXPIRED));
    }
}
