package io.lockernet.admin.live.control;

import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.messaging.Headers;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an operator's live channel may hear of, as the Core's role matrix said when it was opened: the whole fleet or
 * the lockers of their regions ({@code locker.read}), and alarms at those lockers, at every locker and about things
 * other than lockers, or none ({@code alarm.read}). A locker added to their regions later is heard of after the channel
 * is opened again (it is, at the latest, when the token it was opened with expires).
 *
 * @param wholeFleet       every locker, now and later
 * @param lockers          the lockers heard of when not the whole fleet
 * @param alarms           alarms at the lockers heard of
 * @param alarmsEverywhere alarms at every locker and about things other than lockers (a refused caller)
 * @param tickets          service tickets at the lockers heard of ({@code ticket.read})
 * @param impulses         impulses at the lockers heard of ({@code impulse.read})
 */
public record Reach(boolean wholeFleet, Set<String> lockers, boolean alarms, boolean alarmsEverywhere,
                    boolean tickets, boolean impulses) {

    /** The reach of {@code locker.read} and {@code alarm.read} that the Core reports everywhere. */
    static final String EVERYWHERE = "all";

    public Reach {
        lockers = Set.copyOf(lockers);
    }

    /**
     * The reach of the operator the Core describes; {@code lockersOfRegions} (the Core's list of their lockers) is asked
     * only for an operator who reads the lockers of their regions alone.
     */
    public static Reach of(OperatorApi.Self self, Supplier<Set<String>> lockersOfRegions) {
        String lockerReach = reach(self, "locker.read");
        String alarmReach = reach(self, "alarm.read");
        boolean wholeFleet = EVERYWHERE.equals(lockerReach);
        return new Reach(wholeFleet, lockerReach == null || wholeFleet ? Set.of() : lockersOfRegions.get(),
                alarmReach != null, EVERYWHERE.equals(alarmReach), reach(self, "ticket.read") != null,
                reach(self, "impulse.read") != null);
    }

    /** Whether news of this type ({@link Headers.Subject}) about this locker (null: about no locker) is heard. */
    public boolean hears(String type, String locker) {
        if (Headers.Subject.OPERATOR_ALARM.equals(type)) {
            return alarms && (alarmsEverywhere || locker != null && seesLocker(locker));
        }
        if (Headers.Subject.TICKET.equals(type) && !tickets || Headers.Subject.IMPULSE.equals(type) && !impulses) {
            return false;
        }
        return locker != null && seesLocker(locker);
    }

    private boolean seesLocker(String locker) {
        return wholeFleet || lockers.contains(locker);
    }

    private static String reach(OperatorApi.Self self, String operation) {
        return self.operations().stream().filter(a -> a.operation().equals(operation)).map(OperatorApi.Allowed::reach)
                .findFirst().orElse(null);
    }
}
