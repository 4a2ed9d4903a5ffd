package io.lockernet.api.core;

import java.util.List;

/**
 * A retailer entered by an operator: its display name and the lockers it may use, from now on exactly these (an empty
 * or missing list takes every locker away from it; its reservations and history stay).
 */
public record RetailerRegistration(String name, List<String> lockers) {
}
