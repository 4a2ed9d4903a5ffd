package io.lockernet.api.core;

/**
 * A retailer asks the Core to hold a compartment for a parcel: a named one ({@code compartment}) or the smallest
 * free one of at least {@code size} (XS–XXL), low if {@code lowHeight}. {@code ttlSeconds} (default an hour) is how long
 * the hold lasts while nothing is put in. {@code parcelRef} is the retailer's own reference, never personal data.
 * {@code purpose} is DEPOSIT (the default: staff put a parcel in, the code is the customer's pickup code) or DROP_OFF
 * (the compartment is held empty for a customer returning a parcel; the code is the return code, which opens it at the
 * keypad until the time to live ends, and only staff's retrieval takes the parcel out).
 */
public record ReserveRequest(String locker, String compartment, String size, Boolean lowHeight, Long ttlSeconds,
                             String parcelRef, String purpose) {
    // one constructor only: JSON-B cannot choose between several of a record
}
