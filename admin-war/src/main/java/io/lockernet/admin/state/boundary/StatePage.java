package io.lockernet.admin.state.boundary;

import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.PlatformView;
import io.lockernet.api.core.ShepherdView;
import io.lockernet.api.messaging.Destinations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;

/** Backs the state page: how every application and the platform under them are doing, looked at now. */
@Named
@RequestScoped
public class StatePage {

    /** The broker's queues that are the Core's latency tiers and their dead letters, before the others. */
    private static final String TIER_PREFIX = "lockernet.";

    @Inject
    OperatorApi core;

    private PlatformView platform;
    private List<ShepherdView> shepherds;

    public PlatformView getPlatform() {
        if (platform == null) {
            platform = core.platform();
        }
        return platform;
    }

    public List<PlatformView.QueueState> getTiers() {
        return getPlatform().queues().stream().filter(q -> q.name().startsWith(TIER_PREFIX)).toList();
    }

    public List<PlatformView.QueueState> getOtherQueues() {
        return getPlatform().queues().stream().filter(q -> !q.name().startsWith(TIER_PREFIX)).toList();
    }

    public List<ShepherdView> getShepherds() {
        if (shepherds == null) {
            shepherds = core.shepherds();
        }
        return shepherds;
    }

    /**
     * Whether a Shepherd is ready: up (heard from lately) and taking its commands off its queue
     * ({@code shepherd.N.commands} has a consumer), so that an impulse sent to its lockers reaches them.
     */
    public String readiness(ShepherdView shepherd) {
        if (!shepherd.up()) {
            return "down";
        }
        String queue = Destinations.commandsOf(shepherd.id());
        Integer consumers = getPlatform().queues().stream().filter(q -> q.name().equals(queue))
                .map(PlatformView.QueueState::consumers).filter(Objects::nonNull).findFirst().orElse(0);
        return consumers > 0 ? "ready" : "up, not taking commands";
    }

    /** Whether every Shepherd heard from runs the Core's build. */
    public boolean sameBuildEverywhere() {
        return getShepherds().stream().filter(ShepherdView::up)
                .allMatch(s -> getPlatform().build().equals(s.build()));
    }

    /** The server process's CPU load, 0–100 (of all its cores together). */
    public long getCpuPercent() {
        return Math.round(100 * Math.max(0, getPlatform().jvm().processCpuLoad()));
    }

    /** The heap in use as a share of its maximum, 0–100. */
    public long getHeapPercent() {
        PlatformView.Jvm jvm = getPlatform().jvm();
        return jvm.heapMaxMb() <= 0 ? 0 : Math.round(100.0 * jvm.heapUsedMb() / jvm.heapMaxMb());
    }
}
