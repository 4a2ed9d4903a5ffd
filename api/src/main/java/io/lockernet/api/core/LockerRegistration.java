package io.lockernet.api.core;

import java.util.List;

/**
 * A locker entered into the fleet by an operator: where it stands, which Shepherds it may connect to and which
 * retailers may use it. Its compartments come from the locker itself, in its {@code hello}.
 */
public record LockerRegistration(String name, String store, String shepherd, String fallback, List<String> retailers) {
}
