package io.lockernet.admin.state.boundary;

import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.admin.platform.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the state page: how every application and the platform under them are doing, looked at now. */
@Named
@RequestScoped
public class StatePage {

    /** The broker's queues that are the Core's latency tiers and their dead letters, before the others. */
    private static final String TIER_PREFIX = "lockernet.";

    @Inject
    OperatorApi core;

    private Platform platform;

    public Platform getPlatform() {
        if (platform == null) {
            platform = core.platform();
        }
        return platform;
    }

    public List<Platform.QueueState> getTiers() {
        return getPlatform().queues().stream().filter(q -> q.name().startsWith(TIER_PREFIX)).toList();
    }

    public List<Platform.QueueState> getOtherQueues() {
        return getPlatform().queues().stream().filter(q -> !q.name().startsWith(TIER_PREFIX)).toList();
    }

    public List<OperatorApi.ShepherdView> getShepherds() {
        return core.shepherds();
    }

    /** The server process's CPU load, 0–100 (of all its cores together). */
    public long getCpuPercent() {
        return Math.round(100 * Math.max(0, getPlatform().jvm().processCpuLoad()));
    }

    /** The heap in use as a share of its maximum, 0–100. */
    public long getHeapPercent() {
        Platform.Jvm jvm = getPlatform().jvm();
        return jvm.heapMaxMb() <= 0 ? 0 : Math.round(100.0 * jvm.heapUsedMb() / jvm.heapMaxMb());
    }
}
