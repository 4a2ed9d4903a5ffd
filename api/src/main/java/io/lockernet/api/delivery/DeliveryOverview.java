package io.lockernet.api.delivery;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A carrier's day at a glance, for its dispatchers and the operators' dashboard: where each courier is, its stops still
 * ahead (in order, with ETAs, late ones marked), how many parcels are done (put into their lockers, or collected from
 * them: {@code delivered}) against how many were planned today, and the last plan's figures.
 */
public record DeliveryOverview(
        @Schema(example = "swift") String carrier,
        Instant plannedAt,
        @Schema(example = "12400") Double metres,
        @Schema(example = "0") Integer lateStops,
        @Schema(example = "2") Integer unrouted,
        @Schema(example = "2040") Long planMillis,
        List<CourierOnRoad> couriers,
        List<StopAhead> stops,
        @Schema(example = "14") int delivered,
        @Schema(example = "23") int planned,
        @Schema(example = "1") int failed,
        @Schema(example = "2") int waiting) {

    /** A courier on shift today: where it was last seen (the depot until it reports), and its day so far. */
    public record CourierOnRoad(
            @Schema(example = "swift-courier-1") String courier,
            @Schema(example = "52.5201") double latitude,
            @Schema(example = "13.4050") double longitude,
            Instant seenAt,
            @Schema(example = "7") int delivered,
            @Schema(example = "5") int ahead,
            @Schema(example = "0") int lateStops) {
    }

    /** A stop still ahead of a courier. */
    public record StopAhead(
            @Schema(example = "swift-courier-1") String courier,
            @Schema(example = "1") int order,
            @Schema(example = "L-0001") String locker,
            @Schema(example = "52.5208") Double latitude,
            @Schema(example = "13.4094") Double longitude,
            Instant eta,
            @Schema(example = "false") boolean late,
            @Schema(example = "3") int parcels) {
    }
}
