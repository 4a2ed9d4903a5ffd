package io.lockernet.admin.platform;

import java.time.Instant;
import java.util.List;

/**
 * The platform's state as the Core reports it (GET /operator/platform): its deployments, the broker's queues, Keycloak,
 * the database and its pool, the server's heap and CPU, and what went wrong in the last hour.
 */
public record Platform(Instant checkedAt, List<Deployment> deployments, List<QueueState> queues, Reachable keycloak,
                       Database database, Jvm jvm, LastHour lastHour) {

    public record Deployment(String name, String status) {
    }

    public record QueueState(String name, Long messages, Integer consumers, Long delivering) {
    }

    public record Reachable(boolean reachable, long millis, String problem) {
    }

    public record Database(boolean reachable, long millis, Integer inUse, Integer available, String problem) {
    }

    public record Jvm(long heapUsedMb, long heapMaxMb, double processCpuLoad, int processors, long uptimeSeconds) {
    }

    /** Alarms raised, impulses failed or expired, impulses refused, review items filed: in the last hour. */
    public record LastHour(long alarmsRaised, long impulsesFailed, long impulsesRefused, long reviewItemsFiled) {
    }
}
