package io.lockernet.partner.returns.boundary;

import io.lockernet.partner.returns.entity.CustomerReturn;
import java.time.Instant;

/**
 * A return as staff see it: the order, where the customer drops it off, how far it has come (AWAITING_DROP_OFF,
 * DROPPED_OFF, RETRIEVED, EXPIRED, CANCELLED), until when the return code works, and when it was sent, dropped off
 * and ended. Never the code itself.
 */
public record ReturnDocument(long id, String reference, String store, String state, String locker, String compartment,
                             Instant createdAt, Instant expiresAt, Instant codeSentAt, Instant droppedOffAt,
                             Instant endedAt, String requestedBy) {

    public static ReturnDocument of(CustomerReturn r) {
        return new ReturnDocument(r.id(), r.order().reference(), r.order().store(), r.state().name(), r.locker(),
                r.compartment(), r.createdAt(), r.expiresAt(), r.codeSentAt(), r.droppedOffAt(), r.endedAt(),
                r.requestedBy());
    }
}
