package io.lockernet.core.impulse.entity;

/**
 * Someone asks for a compartment to open. {@code requestedBy} is an opaque reference to the person (their Keycloak
 * subject), never a name; {@code requestedVia} is the client application that asked on their behalf. An open that
 * serves a reservation names it and says why ({@link Purpose}); its door close then settles the reservation.
 */
public record ImpulseRequest(String locker, String compartment, String retailer, String requestedBy,
                             String requestedVia, String reservation, Purpose purpose) {

    public ImpulseRequest(String locker, String compartment, String retailer, String requestedBy, String requestedVia) {
        this(locker, compartment, retailer, requestedBy, requestedVia, null, Purpose.SERVICE);
    }

    public ImpulseRequest {
        purpose = purpose == null ? Purpose.SERVICE : purpose;
    }

    /** Why a compartment is opened. */
    public enum Purpose {
        /** Staff put a reserved parcel in: the close makes the reservation DEPOSITED. */
        DEPOSIT,
        /** The customer takes the parcel out with the pickup code: the close makes it COLLECTED. */
        PICKUP,
        /** A customer drops a return off with the return code: the close makes the drop-off reservation DEPOSITED. */
        DROP_OFF,
        /** Staff take a parcel back out (expired, returned): the close makes it RETRIEVED. */
        RETRIEVE,
        /** Any other open (inspection, cleaning, the first slice): the reservation, if any, is untouched. */
        SERVICE
    }
}
