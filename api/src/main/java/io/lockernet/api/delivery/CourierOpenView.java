package io.lockernet.api.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The compartment opened for the courier's next parcel at this locker, and the impulse that opens it. {@code kind}
 * says what to do there: DELIVERY, put the parcel in; COLLECTION, take the parcel out. Then close the door.
 */
public record CourierOpenView(
        @Schema(example = "9f1c2b7e-2d7a-4a51-9b63-0c5a2e8d4f10") String consignment,
        @Schema(example = "DELIVERY", enumeration = {"DELIVERY", "COLLECTION"}) String kind,
        @Schema(example = "order-4711") String parcelRef,
        @Schema(example = "L-0001") String locker,
        @Schema(example = "A3") String compartment,
        @Schema(example = "3c5d8e0a-1f2b-4c6d-9e7f-0a1b2c3d4e5f") String impulse,
        @Schema(example = "SENT") String impulseState) {
}
