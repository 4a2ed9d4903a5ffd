package io.lockernet.simulator;

import java.net.URI;

/**
 * A locker and the Shepherd instance it belongs to, as written on the command line: {@code L-0001@1} is
 * locker L-0001 on shepherd-1.
 */
public record LockerAssignment(String lockerId, int shepherd) {

    public LockerAssignment {
        if (lockerId == null || lockerId.isBlank()) {
            throw new IllegalArgumentException("locker id is empty");
        }
        if (shepherd < 1) {
            throw new IllegalArgumentException("Shepherd number must be 1 or more, got " + shepherd);
        }
    }

    public static LockerAssignment parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("expected LOCKER@SHEPHERD such as L-0001@1, got '" + text + "'");
        }
        String number = text.substring(at + 1).trim();
        try {
            return new LockerAssignment(text.substring(0, at).trim(), Integer.parseInt(number));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Shepherd number must be an integer, got '" + number + "'", e);
        }
    }

    /** The Shepherd's locker endpoint under a base such as {@code ws://localhost:8080}. */
    public URI endpoint(URI shepherdBase) {
        String base = shepherdBase.toString().replaceAll("/+$", "");
        return URI.create(base + "/shepherd-" + shepherd + "/lockers");
    }

    /** The locker's confidential client in Keycloak. */
    public String clientId() {
        return "locker-" + lockerId;
    }

    @Override
    public String toString() {
        return lockerId + "@" + shepherd;
    }
}
