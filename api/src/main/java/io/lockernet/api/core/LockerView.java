package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;

/** A locker with its compartments, as shown to a retailer that may use it. */
public record LockerView(String id, String name, String store, boolean online, Instant lastSeen,
                         List<CompartmentView> compartments) {
}
