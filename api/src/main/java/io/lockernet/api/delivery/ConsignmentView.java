package io.lockernet.api.delivery;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A parcel in a carrier's hands and where it stands. A DELIVERY is WAITING (not routed yet, or nowhere to go:
 * {@code note} says why), ROUTED (a compartment is held for it at {@code locker}, {@code courier} brings it, expected
 * at {@code eta}), DEPOSITED (in the compartment: the retailer asks for the customer's pickup code now) or FAILED (the
 * courier could not deliver it: {@code note} says why). A COLLECTION (a parcel taken out of {@code locker}) is
 * WAITING, ROUTED ({@code courier} comes for it at {@code eta}), COLLECTED (at {@code collectedAt}; the reservation
 * is RETRIEVED) or FAILED (not collected, or taken out by the retailer's staff first: {@code note} says which).
 */
public record ConsignmentView(
        @Schema(example = "9f1c2b7e-2d7a-4a51-9b63-0c5a2e8d4f10") String id,
        @Schema(example = "DELIVERY", enumeration = {"DELIVERY", "COLLECTION"}) String kind,
        @Schema(example = "order-4711") String parcelRef,
        @Schema(example = "swift") String carrier,
        @Schema(example = "M") String size,
        List<String> lockers,
        @Schema(example = "ROUTED") String state,
        @Schema(example = "L-0001") String locker,
        @Schema(example = "A3") String compartment,
        @Schema(example = "swift-courier-1") String courier,
        @Schema(example = "2026-12-04T14:35:00Z") Instant eta,
        Instant depositedAt,
        Instant collectedAt,
        @Schema(example = "no locker it may go to has a free compartment of its size") String note) {
}
