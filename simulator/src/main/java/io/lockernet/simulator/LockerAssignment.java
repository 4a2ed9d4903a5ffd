package io.lockernet.simulator;

import java.net.URI;
import java.util.Optional;

/**
 * A locker and the Shepherd instances it belongs to, as written on the command line: {@code L-0001@1} is locker
 * L-0001 on shepherd-1; {@code L-0001@1/2} is the same locker with shepherd-2 as its fallback.
 */
public record LockerAssignment(String lockerId, int shepherd, int fallback) {

    /** The fallback number of a locker without a fallback Shepherd. */
    public static final int NO_FALLBACK = 0;

    public LockerAssignment {
        if (lockerId == null || lockerId.isBlank()) {
            throw new IllegalArgumentException("locker id is empty");
        }
        if (shepherd < 1) {
            throw new IllegalArgumentException("Shepherd number must be 1 or more, got " + shepherd);
        }
        if (fallback != NO_FALLBACK && (fallback < 1 || fallback == shepherd)) {
            throw new IllegalArgumentException("fallback Shepherd must be 1 or more and not the primary ("
                    + shepherd + "), got " + fallback);
        }
    }

    public LockerAssignment(String lockerId, int shepherd) {
        this(lockerId, shepherd, NO_FALLBACK);
    }

    public static LockerAssignment parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("expected LOCKER@SHEPHERD or LOCKER@SHEPHERD/FALLBACK such as L-0001@1 "
                    + "or L-0001@1/2, got '" + text + "'");
        }
        String lockerId = text.substring(0, at).trim();
        String shepherds = text.substring(at + 1);
        int slash = shepherds.indexOf('/');
        if (slash < 0) {
            return new LockerAssignment(lockerId, number(shepherds));
        }
        int fallback = number(shepherds.substring(slash + 1));
        if (fallback == NO_FALLBACK) {
            throw new IllegalArgumentException("fallback Shepherd number must be 1 or more, got '" + text + "'");
        }
        return new LockerAssignment(lockerId, number(shepherds.substring(0, slash)), fallback);
    }

    /** The Shepherd's locker endpoint under a base such as {@code wss://localhost:8443}. */
    public URI endpoint(URI shepherdBase) {
        return endpoint(shepherdBase, shepherd);
    }

    public Optional<URI> fallbackEndpoint(URI shepherdBase) {
        return fallback == NO_FALLBACK ? Optional.empty() : Optional.of(endpoint(shepherdBase, fallback));
    }

    /** The locker's confidential client in Keycloak. */
    public String clientId() {
        return "locker-" + lockerId;
    }

    @Override
    public String toString() {
        return lockerId + "@" + shepherd + (fallback == NO_FALLBACK ? "" : "/" + fallback);
    }

    private static URI endpoint(URI shepherdBase, int number) {
        String base = shepherdBase.toString().replaceAll("/+$", "");
        return URI.create(base + "/shepherd-" + number + "/lockers");
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Shepherd number must be an integer, got '" + text.trim() + "'", e);
        }
    }
}
