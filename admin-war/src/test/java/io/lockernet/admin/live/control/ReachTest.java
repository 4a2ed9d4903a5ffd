package io.lockernet.admin.live.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.messaging.Headers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReachTest {

    private static final String LINK = Headers.Subject.LINK;
    private static final String COMPARTMENT = Headers.Subject.COMPARTMENT;
    private static final String ALARM = Headers.Subject.OPERATOR_ALARM;

    @Test
    void aNetworkAdminHearsOfEveryLockerAndEveryAlarmWithoutTheCoreListingLockers() {
        Reach reach = Reach.of(self("network-admin", "all", "all"), () -> fail("the whole fleet needs no list"));

        assertTrue(reach.hears(LINK, "L-far-away"));
        assertTrue(reach.hears(COMPARTMENT, "L-far-away"));
        assertTrue(reach.hears(ALARM, "L-far-away"));
        assertTrue(reach.hears(ALARM, null), "an alarm about a refused caller concerns no locker");
    }

    @Test
    void aFleetOperatorHearsOfTheLockersOfTheirRegionsOnly() {
        Reach reach = Reach.of(self("fleet-operator", "its regions", "its regions"), () -> Set.of("L-north-1"));

        assertTrue(reach.hears(LINK, "L-north-1"));
        assertTrue(reach.hears(COMPARTMENT, "L-north-1"));
        assertTrue(reach.hears(ALARM, "L-north-1"));
        assertFalse(reach.hears(LINK, "L-south-1"));
        assertFalse(reach.hears(COMPARTMENT, "L-south-1"));
        assertFalse(reach.hears(ALARM, "L-south-1"));
    }

    @Test
    void anAlarmAboutNoLockerReachesOnlyThoseWhoReadAlarmsEverywhere() {
        Reach regional = Reach.of(self("fleet-operator", "its regions", "its regions"), () -> Set.of("L-north-1"));
        Reach auditor = Reach.of(self("auditor", "all", "all"), Set::of);

        assertFalse(regional.hears(ALARM, null));
        assertTrue(auditor.hears(ALARM, null));
    }

    @Test
    void anInstallerHearsOfTheLinksOfTheirLockersButOfNoAlarm() {
        Reach reach = Reach.of(self("installer", "its regions", null), () -> Set.of("L-north-1"));

        assertTrue(reach.hears(LINK, "L-north-1"));
        assertFalse(reach.hears(ALARM, "L-north-1"), "installers may not read alarms");
        assertFalse(reach.hears(ALARM, null));
    }

    @Test
    void newsOfALinkWithoutALockerReachesNobody() {
        Reach reach = Reach.of(self("network-admin", "all", "all"), Set::of);

        assertFalse(reach.hears(LINK, null));
        assertFalse(reach.hears(COMPARTMENT, null));
    }

    @Test
    void anOperatorTheCoreLetsReadNoLockerHearsNothing() {
        Reach reach = Reach.of(self("somebody", null, null), () -> fail("no list for who reads no locker"));

        assertFalse(reach.hears(LINK, "L-north-1"));
        assertFalse(reach.hears(ALARM, null));
    }

    /** What {@code GET /operator/me} says of an operator with these reaches (null: not allowed). */
    static OperatorApi.Self self(String role, String lockerReach, String alarmReach) {
        List<OperatorApi.Allowed> allowed = new java.util.ArrayList<>();
        allowed.add(new OperatorApi.Allowed("self.read", "all"));
        if (lockerReach != null) {
            allowed.add(new OperatorApi.Allowed("locker.read", lockerReach));
        }
        if (alarmReach != null) {
            allowed.add(new OperatorApi.Allowed("alarm.read", alarmReach));
        }
        return new OperatorApi.Self("someone", List.of(role), List.of("north"), allowed);
    }
}
