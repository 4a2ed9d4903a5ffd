package io.lockernet.api.core;

/**
 * A compartment: its name on the door, size class, state (AVAILABLE, RESERVED, OCCUPIED, OPEN, OUT_OF_SERVICE),
 * the module it sits in, its inner dimensions in millimetres, whether it is low enough for a wheelchair user, and
 * its special kind (COOLED, ROLLER_SHUTTER) if any.
 */
public record CompartmentView(String name, String size, String state, Integer module, Integer widthMm,
                              Integer heightMm, Integer depthMm, boolean lowHeight, String special) {
}
