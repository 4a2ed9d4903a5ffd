package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.demo.CustomerMail.Kind;
import io.lockernet.simulator.demo.Visits.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** When the demo's customers come to the lockers. */
class VisitsTest {

    private static final Instant MAILED = Instant.parse("2026-12-03T12:00:00Z");
    private static final CustomerMail MARGE = new CustomerMail(Kind.PICKUP, "L-0001", "048213", "DEMO-a-001");
    private static final CustomerMail NED = new CustomerMail(Kind.RETURN, "L-0004", "7730921", "A-1001");

    private static final CustomerDelay DEFAULT = CustomerDelay.DEFAULT;

    private final Visits visits = new Visits(new SplittableRandom(1), DEFAULT);

    @Test
    void aCustomerComesAWhileAfterTheMailSoThatTheParcelIsSeenDeposited() {
        visits.expect(MARGE, MAILED);

        assertEquals(List.of(), visits.due(MAILED.plus(DEFAULT.soonest()).minusMillis(1)));
        List<Visit> due = visits.due(MAILED.plus(DEFAULT.latest()));
        assertEquals(1, due.size());
        assertEquals(MARGE, due.get(0).mail());
        assertEquals(0, visits.planned(), "a visit that is due is no longer planned");
    }

    @Test
    void customersComeInTheOrderTheyAreDue() {
        for (int i = 0; i < 20; i++) {
            visits.expect(new CustomerMail(Kind.PICKUP, "L-0001", String.valueOf(100_000 + i), "R-" + i), MAILED);
        }

        List<Visit> due = visits.due(MAILED.plus(DEFAULT.latest()));
        assertEquals(20, due.size());
        for (int i = 1; i < due.size(); i++) {
            assertFalse(due.get(i).due().isBefore(due.get(i - 1).due()), due.toString());
        }
    }

    @Test
    void theSameCodeSeenTwiceIsTypedOnceSinceASpentCodeCountsAsAWrongOne() {
        assertTrue(visits.expect(MARGE, MAILED));
        assertFalse(visits.expect(MARGE, MAILED.plusSeconds(60)));
        assertTrue(visits.expect(NED, MAILED));

        assertEquals(2, visits.due(MAILED.plus(DEFAULT.latest()).plusSeconds(60)).size());
    }

    @Test
    void customersComeAsSoonAsTheDelayGivenSays() {
        Visits quick = new Visits(new SplittableRandom(1), CustomerDelay.parse("1s..3s"));
        quick.expect(MARGE, MAILED);

        assertEquals(List.of(), quick.due(MAILED.plusMillis(999)));
        assertEquals(1, quick.due(MAILED.plusSeconds(3)).size());
    }

    @Test
    void theHurriedCustomerOfAParcelMailedAlreadyComesWithinSeconds() {
        visits.expect(MARGE, MAILED);
        Instant now = MAILED.plusSeconds(10);

        visits.hurry(MARGE.reference(), now);

        List<Visit> due = visits.due(now.plus(Visits.HURRIED));
        assertEquals(1, due.size());
        assertEquals(MARGE, due.get(0).mail());
        assertEquals(0, visits.planned(), "the slow visit is gone, not kept beside the quick one");
    }

    @Test
    void theHurriedCustomerOfAParcelNotMailedYetComesWithinSecondsOfTheMail() {
        visits.hurry(MARGE.reference(), MAILED.minusSeconds(30));
        visits.expect(MARGE, MAILED);
        visits.expect(new CustomerMail(Kind.PICKUP, "L-0002", "551234", "DEMO-a-002"), MAILED);

        List<Visit> due = visits.due(MAILED.plus(Visits.HURRIED));
        assertEquals(List.of(MARGE), due.stream().map(Visit::mail).toList(), "only the hurried one");
    }

    @Test
    void aReturnCodeOfAHurriedOrderIsNotHurried() {
        CustomerMail returning = new CustomerMail(Kind.RETURN, "L-0001", "7730921", MARGE.reference());
        visits.hurry(MARGE.reference(), MAILED);
        visits.expect(returning, MAILED);

        assertEquals(List.of(), visits.due(MAILED.plus(DEFAULT.soonest()).minusMillis(1)));
    }

    @Test
    void aCustomerFacingAnOfflineLockerComesBackUntilGivingUp() {
        visits.expect(MARGE, MAILED);
        Visit visit = visits.due(MAILED.plus(DEFAULT.latest())).get(0);
        Instant now = visit.due();

        assertTrue(visits.again(visit, now));
        assertEquals(List.of(), visits.due(now.plus(Visits.AGAIN).minusMillis(1)));
        Visit back = visits.due(now.plus(Visits.AGAIN)).get(0);
        assertEquals(visit.first(), back.first());

        assertFalse(visits.again(back, visit.first().plus(Visits.GIVE_UP)), "gives up");
        assertEquals(0, visits.planned());
    }

    @Test
    void aForgetfulCustomerNeverComesButNeverOneTheDemoHurriesNorAReturnsCustomer() {
        assertTrue(visits.forget(MARGE), "a pickup customer may forget");
        assertFalse(visits.expect(MARGE, MAILED), "a forgotten code is not planned after all");
        assertTrue(visits.due(MAILED.plus(Duration.ofDays(1))).isEmpty(), "and nobody comes for it");
        assertFalse(visits.forget(NED), "a customer returning a parcel does not forget");
        CustomerMail hurried = new CustomerMail(Kind.PICKUP, "L-0002", "555111", "DEMO-b-001");
        visits.hurry("DEMO-b-001", MAILED);
        assertFalse(visits.forget(hurried), "the first hour's customer always comes");
    }

    @Test
    void aForgetfulCustomerWhoseOrderTheDemoHurriesAfterTheMailComesAfterAll() {
        assertTrue(visits.forget(MARGE), "mailed first, and drawn forgetful");
        visits.hurry(MARGE.reference(), MAILED.plusSeconds(2));

        List<Visit> due = visits.due(MAILED.plusSeconds(2).plus(Visits.HURRIED));
        assertEquals(List.of(MARGE), due.stream().map(Visit::mail).toList(), "the first hour's customer comes");
    }
}
