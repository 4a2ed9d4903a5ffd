package io.lockernet.core.locker.entity;

/** What a compartment is doing now, as the Core believes from the device's reports. */
public enum CompartmentState {
    AVAILABLE, RESERVED, OCCUPIED, OPEN, OUT_OF_SERVICE
}
