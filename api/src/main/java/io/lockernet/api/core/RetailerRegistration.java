package io.lockernet.api.core;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A retailer entered or changed by an operator: its display name and the lockers it may use, from now on exactly these
 * (an empty list takes every locker away from it; its reservations and history stay). A missing field keeps what the
 * retailer has.
 */
public record RetailerRegistration(
        @Schema(example = "Carol Foods") String name,
        List<String> lockers) {
}
