package io.lockernet.partner.returns.boundary;

import io.lockernet.partner.returns.entity.CustomerReturn;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A return as staff see it: the order, where the customer drops it off, how far it has come (AWAITING_DROP_OFF,
 * DROPPED_OFF, RETRIEVED, EXPIRED, CANCELLED), until when the return code works, and when it was sent, dropped off
 * and ended; and the carrier collecting it from the locker, if one does (or why the last one could not). Never the
 * code itself.
 */
public record ReturnDocument(
        @Schema(example = "17") long id,
        @Schema(example = "A-1001") String reference,
        @Schema(example = "acme-springfield") String store,
        @Schema(example = "AWAITING_DROP_OFF") String state,
        @Schema(example = "L-0004") String locker,
        @Schema(example = "B1") String compartment,
        @Schema(example = "2026-12-06T14:00:00Z") Instant createdAt,
        @Schema(example = "2026-12-09T14:00:00Z") Instant expiresAt,
        @Schema(example = "2026-12-06T14:00:01Z") Instant codeSentAt,
        Instant droppedOffAt,
        Instant endedAt,
        @Schema(example = "acme-employee") String requestedBy,
        @Schema(example = "swift") String collectingCarrier,
        Instant collectionHandedAt,
        @Schema(example = "swift could not collect it: compartment jammed") String collectionNote) {

    public static ReturnDocument of(CustomerReturn r) {
        return new ReturnDocument(r.id(), r.order().reference(), r.order().store(), r.state().name(), r.locker(),
                r.compartment(), r.createdAt(), r.expiresAt(), r.codeSentAt(), r.droppedOffAt(), r.endedAt(),
                r.requestedBy(), r.collectingCarrier(), r.collectionHandedAt(), r.collectionNote());
    }
}
