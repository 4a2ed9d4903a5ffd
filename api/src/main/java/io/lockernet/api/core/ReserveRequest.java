package io.lockernet.api.core;

/**
 * A retailer asks the Core to hold a compartment for a parcel: a named one ({@code compartment}) or the smallest
 * free one of at least {@code size} (XS–XXL), low if {@code lowHeight}. {@code ttlSeconds} (default an hour) is how long
 * the hold lasts while nothing is put in. {@code parcelRef} is the retailer's own reference, never personal data.
 */
public record ReserveRequest(String locker, String compartment, String size, Boolean lowHeight, Long ttlSeconds,
                             String parcelRef) {
}
