/**
 * Lockers' layouts: the versions operators save in the layout wizard, sent to the locker in a {@code configure} frame
 * and applied to the Core's compartments once the locker acknowledges them.
 */
package io.lockernet.core.layout;
