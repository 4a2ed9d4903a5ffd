/**
 * A simulated parcel locker that speaks the locker protocol ({@code docs/locker-protocol.md}) to a Shepherd.
 * {@link io.lockernet.simulator.locker.SimulatedLocker} is the library other modules' integration tests use;
 * {@link io.lockernet.simulator.locker.LockerBehaviour} holds the firmware's decisions, testable without a network.
 */
package io.lockernet.simulator.locker;
