package io.lockernet.api.core;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A locker entered into the fleet by an operator: where it stands (its store and its region), which Shepherds it may
 * connect to and which retailers may use it. Its compartments come from the locker itself, in its {@code hello}; where it stands on a map and when it
 * opens ({@code site}) plan couriers' routes.
 */
public record LockerRegistration(
        @Schema(example = "Springfield Main Street") String name,
        @Schema(example = "acme-springfield") String store,
        @Schema(example = "north", description = "The region it stands in: installers and fleet operators work in "
                + "their regions only. Left out: unchanged (none for a new locker, which only network admins and "
                + "auditors then see).") String region,
        @Schema(example = "shepherd-1") String shepherd,
        @Schema(example = "shepherd-2") String fallback,
        List<String> retailers,
        @Schema(description = "Where it stands and its opening hours, for couriers' routes. Left out: unchanged.")
        @Valid LockerSite site) {
}
