package io.lockernet.api.core;

import java.util.List;

/** A retailer as operators see it: the lockers it may use. */
public record RetailerView(String id, String name, List<String> lockers) {
}
