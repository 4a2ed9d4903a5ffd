package io.lockernet.api.protocol;

import io.lockernet.api.layout.LockerLayout;
import java.time.Instant;

/**
 * Shepherd to locker: take this layout as your configuration, version {@code configVersion}. The locker answers with
 * {@link ConfigureAck}; once it has applied it, its compartments are the layout's and its {@code hello} reports this
 * version.
 */
public record Configure(String locker, long seq, Instant ts, String configVersion, LockerLayout layout)
        implements LockerMessage {
}
