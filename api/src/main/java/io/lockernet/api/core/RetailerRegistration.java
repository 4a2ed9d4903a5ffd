package io.lockernet.api.core;

import java.util.List;

/**
 * A retailer entered or changed by an operator: its display name and the lockers it may use, from now on exactly these
 * (an empty list takes every locker away from it; its reservations and history stay). A missing field keeps what the
 * retailer has.
 */
public record RetailerRegistration(String name, List<String> lockers) {
}
