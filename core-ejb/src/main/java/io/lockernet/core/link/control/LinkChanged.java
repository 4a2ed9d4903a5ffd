package io.lockernet.core.link.control;

import java.time.Instant;

/**
 * A CDI event, fired in the transaction that opened or closed a locker's outage: the locker went offline (an outage
 * begins) or came back. Areas that only tell others of it (callbacks to the retailers that use the locker) observe it.
 */
public record LinkChanged(String locker, boolean online, Instant at) {
}
