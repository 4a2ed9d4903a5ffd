/**
 * A simulated parcel locker that speaks the locker protocol ({@code docs/locker-protocol.md}) to a Shepherd.
 * {@link io.lockernet.simulator.locker.SimulatedLocker} is the library other modules' integration tests use;
 * {@link io.lockernet.simulator.locker.LockerBehaviour} holds the firmware's decisions, testable without a network;
 * {@link io.lockernet.simulator.locker.Faults} make a locker fail or turn hostile, and
 * {@link io.lockernet.simulator.locker.LockerThreads} lets thousands of lockers share a few threads.
 */
package io.lockernet.simulator.locker;
