package io.lockernet.api.core;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retailer as operators see it: the lockers it may use. */
public record RetailerView(
        @Schema(example = "carol") String id,
        @Schema(example = "Carol Foods") String name,
        List<String> lockers) {
}
