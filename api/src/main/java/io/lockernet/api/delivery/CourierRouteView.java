package io.lockernet.api.delivery;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A courier's route of the day as last planned: the stops in order, each with its parcels; and what the courier has
 * done today ({@code done}: parcels put in or taken out, newest first).
 */
public record CourierRouteView(
        @Schema(example = "swift") String carrier,
        @Schema(example = "swift-courier-1") String courier,
        Instant plannedAt,
        List<Stop> stops,
        List<Done> done) {

    /** One locker on the route and the parcels to put in there, or to take out. */
    public record Stop(
            @Schema(example = "L-0001") String locker,
            @Schema(example = "Springfield Main Street") String name,
            @Schema(example = "52.5208") Double latitude,
            @Schema(example = "13.4094") Double longitude,
            @Schema(example = "2026-12-04T14:35:00Z") Instant eta,
            @Schema(example = "false") boolean late,
            List<Parcel> parcels) {
    }

    /**
     * A parcel at a stop: its compartment once one is held for it. {@code kind} DELIVERY: to put in; COLLECTION: to
     * take out of its compartment and bring back.
     */
    public record Parcel(
            @Schema(example = "9f1c2b7e-2d7a-4a51-9b63-0c5a2e8d4f10") String consignment,
            @Schema(example = "DELIVERY", enumeration = {"DELIVERY", "COLLECTION"}) String kind,
            @Schema(example = "order-4711") String parcelRef,
            @Schema(example = "M") String size,
            @Schema(example = "ROUTED") String state,
            @Schema(example = "A3") String compartment) {
    }

    /** A parcel the courier put into its compartment (DEPOSITED) or took out (COLLECTED) today, and when. */
    public record Done(
            @Schema(example = "9f1c2b7e-2d7a-4a51-9b63-0c5a2e8d4f10") String consignment,
            @Schema(example = "DELIVERY", enumeration = {"DELIVERY", "COLLECTION"}) String kind,
            @Schema(example = "order-4711") String parcelRef,
            @Schema(example = "L-0001") String locker,
            @Schema(example = "A3") String compartment,
            @Schema(example = "DEPOSITED") String state,
            @Schema(example = "2026-12-04T14:36:10Z") Instant at) {
    }
}
