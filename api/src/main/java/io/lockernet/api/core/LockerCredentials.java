package io.lockernet.api.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A commissioned locker's Keycloak client and its secret, shown once: the locker gets its tokens from {@code tokenUrl}
 * with client credentials and connects to its Shepherd with them (docs/locker-protocol.md).
 */
public record LockerCredentials(
        @Schema(example = "locker-L-0100") String clientId,
        @Schema(example = "q8J3…", description = "Shown this once; a new one replaces it") String secret,
        @Schema(example = "https://localhost:8180/realms/lockernet/protocol/openid-connect/token") String tokenUrl) {
}
