/**
 * The locker protocol: the JSON messages a locker and its Shepherd exchange over WebSocket, described for
 * humans in {@code docs/locker-protocol.md}. Shared by the Shepherd, the Core and the simulator, so all three
 * read and write the same frames.
 */
package io.lockernet.api.protocol;
