package io.lockernet.partner.compartment.control;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.OpenRequest;
import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.OwnLockers;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.platform.StoreScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Opens a compartment for a member of staff: the Core sends the impulse, and the answer comes when the locker's door
 * sensor has seen the door open (or the impulse ended without it, or its deadline plus a grace period passed).
 */
@ApplicationScoped
public class CompartmentOpener {

    /** Impulse states in which the door has been seen open. */
    public static final Set<String> OPENED = Set.of("DOOR_OPEN", "DOOR_CLOSED");

    /** Time for the last reports to travel back after the deadline. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    @Inject
    CoreClient core;

    @Inject
    PendingOpens pending;

    @Inject
    StaffActions actions;

    @Inject
    PartnerConfig config;

    @Inject
    OwnLockers lockers;

    /** Completes with the impulse as the Core last reported it; fails with the Core's problem if it refused. */
    public CompletionStage<ImpulseView> open(String locker, String compartment, TokenClaims staff) {
        return open(new OpenRequest(locker, compartment, staff.subject(), null, null), staff);
    }

    /** As {@link #open(String, String, TokenClaims)}, for a reservation's compartment (DEPOSIT or RETRIEVE). */
    public CompletionStage<ImpulseView> open(OpenRequest request, TokenClaims staff) {
        return open(request, staff, null);
    }

    /** A store manager's emergency open: an ordinary open for the Core, recorded here with its reason. */
    public CompletionStage<ImpulseView> emergencyOpen(String locker, String compartment, TokenClaims manager,
                                                      String reason) {
        return open(new OpenRequest(locker, compartment, manager.subject(), null, null), manager, reason);
    }

    /** Every open of the staff app and API comes here: staff of some stores open only their lockers' doors. */
    private CompletionStage<ImpulseView> open(OpenRequest request, TokenClaims staff, String emergencyReason) {
        StoreScope.of(staff, config.retailer()).checkLocker(request.locker(), lockers);
        ImpulseView sent = core.open(request);
        if (emergencyReason == null) {
            actions.requested(sent, staff.username());
        } else {
            actions.requested(sent, staff.username(), StaffActions.EMERGENCY_OPEN, emergencyReason);
        }
        CompletableFuture<String> settled = pending.await(sent.id());
        // the door may have opened before the wait began: ask once, now that nothing can be missed
        pending.stateChanged(sent.id(), core.impulse(sent.id()).state());
        long waitMillis = Math.max(0, Duration.between(Instant.now(), sent.deadline()).plus(GRACE).toMillis());
        return settled
                .completeOnTimeout("TIMEOUT", waitMillis, TimeUnit.MILLISECONDS)
                .thenApply(state -> {
                    ImpulseView last = core.impulse(sent.id());
                    actions.settled(sent.id(), last.state());
                    return last;
                });
    }
}
