package io.lockernet.core.link.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A ticket's closure: the first acknowledgement counts, assigning changes hands, closing frees its kind and locker. */
class ServiceTicketTest {

    private static final Instant OPENED = Instant.parse("2026-12-03T09:00:00Z");

    private static ServiceTicket flapping() {
        return new ServiceTicket(TicketKind.LINK_FLAPPING, "L-0006", "the link dropped 3 times", OPENED);
    }

    @Test
    void theFirstAcknowledgementCountsAndLaterOnesChangeNothing() {
        ServiceTicket ticket = flapping();
        assertTrue(ticket.acknowledge("fleet-north", OPENED.plusSeconds(60)));
        assertFalse(ticket.acknowledge("operator", OPENED.plusSeconds(120)));
        assertEquals("fleet-north", ticket.acknowledgedBy());
        assertEquals(OPENED.plusSeconds(60), ticket.acknowledgedAt());
    }

    @Test
    void aTicketGoesToAnOperatorAndBackToNobody() {
        ServiceTicket ticket = flapping();
        ticket.assign("fleet-north");
        assertEquals("fleet-north", ticket.assignee());
        ticket.assign(null);
        assertNull(ticket.assignee());
    }

    @Test
    void closingKeepsWhoClosedItAndWhatWasDone() {
        ServiceTicket ticket = flapping();
        ticket.close(OPENED.plusSeconds(3600), "fleet-north", "antenna cable replaced");
        assertFalse(ticket.isOpen());
        assertEquals("fleet-north", ticket.closedBy());
        assertEquals("antenna cable replaced", ticket.resolution());
    }

    @Test
    void whatDoesNotFitItsColumnIsCutNotRefusedByTheDatabase() {
        ServiceTicket ticket = flapping();
        ticket.assign("a".repeat(200));
        ticket.acknowledge("b".repeat(200), OPENED);
        ticket.close(OPENED, "c".repeat(200), "d".repeat(600));
        assertEquals(120, ticket.assignee().length());
        assertEquals(120, ticket.acknowledgedBy().length());
        assertEquals(100, ticket.closedBy().length());
        assertEquals(500, ticket.resolution().length());
    }
}
