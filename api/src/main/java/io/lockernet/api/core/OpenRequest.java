package io.lockernet.api.core;

/**
 * A partner deployment asks the Core to open a compartment. {@code requestedBy} is an opaque reference to the
 * person (their Keycloak subject), never a name. An open for a reservation names it and its {@code purpose}
 * (DEPOSIT or RETRIEVE); the compartment is then the reservation's, and the door's close settles it.
 */
public record OpenRequest(String locker, String compartment, String requestedBy, String reservation, String purpose) {
    // one constructor only: JSON-B cannot choose between several of a record
}
