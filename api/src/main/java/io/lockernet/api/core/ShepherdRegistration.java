package io.lockernet.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a Shepherd instance tells the Core about itself when it starts, e.g. "shepherd-3 on host-a:8280". */
public record ShepherdRegistration(
        @Schema(example = "shepherd-3 on host-a:8280") String description) {
}
