package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the platform under the Core is doing, looked at now (GET /operator/platform): the build it runs, the server's
 * deployments, the broker's queues, Keycloak, the database and its pool, the server's heap and CPU, and what went
 * wrong in the last hour. A number that could not be read is absent.
 */
public record PlatformView(Instant checkedAt,
                           @Schema(example = "0.1.0-SNAPSHOT, built 2026-12-04T02:10:00Z") String build,
                           List<Deployment> deployments, List<QueueState> queues, Reachable keycloak,
                           Database database, Jvm jvm, LastHour lastHour) {

    /** A deployment of the server: its status, when it was last deployed, and its content's SHA-1 (which build). */
    public record Deployment(@Schema(example = "lockernet.ear") String name, @Schema(example = "OK") String status,
                             Instant deployedAt, @Schema(example = "4f1c2a9e") String content) {
    }

    public record QueueState(@Schema(example = "lockernet.realtime") String name, Long messages, Integer consumers,
                             Long delivering) {
    }

    public record Reachable(boolean reachable, long millis, String problem) {
    }

    public record Database(boolean reachable, long millis, Integer inUse, Integer available, String problem) {
    }

    public record Jvm(long heapUsedMb, long heapMaxMb, double processCpuLoad, int processors, long uptimeSeconds) {
    }

    /**
     * What went wrong in the last hour: alarms raised, impulses that failed or expired (the locker did not do what
     * was asked), impulses refused (busy, offline, out of service), review items the reconciliation filed; and the
     * server's HTTP answers with a status of 500 or more and of 400 to 499 (every application of this server), counted
     * since {@code errorsCountedSince} when the server has been up for less than an hour.
     */
    public record LastHour(long alarmsRaised, long impulsesFailed, long impulsesRefused, long reviewItemsFiled,
                           Long serverErrors, Long clientErrors, Instant errorsCountedSince) {
    }
}
