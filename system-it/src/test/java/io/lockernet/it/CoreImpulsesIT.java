package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.impulse.boundary.Impulses;
import io.lockernet.core.impulse.entity.ImpulseRequest;
import io.lockernet.core.locker.control.OutOfScopeException;
import io.lockernet.core.locker.control.UnknownCompartmentException;
import io.lockernet.core.locker.control.UnknownLockerException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Core's impulse boundary, called inside the running server (Arquillian), on the Core DB that
 * {@code ./lockernet up} created. The test archive holds only this class; the Core's classes are those of the
 * deployed lockernet.ear.
 */
@ExtendWith(ArquillianExtension.class)
@OnEveryDatabase
class CoreImpulsesIT {

    private static final String CORE = "java:global/lockernet/core-ejb/";

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "core-impulses-it.war")
                .addClass(CoreImpulsesIT.class)
                .addAsManifestResource(new StringAsset(
                        "Dependencies: deployment.lockernet.ear, deployment.lockernet.ear.core-ejb.jar\n"), "MANIFEST.MF");
    }

    @Test
    void aRetailerOutsideTheLockersScopeIsRefusedAndAnAlarmIsRaised() throws NamingException {
        Alarms alarms = lookup("Alarms", Alarms.class);
        int before = alarms.open("L-0003").size();

        assertThrows(OutOfScopeException.class, () -> impulses().open(
                new ImpulseRequest("L-0003", "A1", "acme", "subject-of-someone", "arquillian")));

        var after = alarms.open("L-0003");
        assertEquals(before + 1, after.size(), "one alarm more");
        assertEquals(AlarmKind.OUT_OF_SCOPE, after.get(0).kind());
    }

    @Test
    void aCompartmentTheLockerNeverAnnouncedIsUnknown() {
        assertThrows(UnknownCompartmentException.class, () -> impulses().open(
                new ImpulseRequest("L-0004", "Z9", "bravo", "subject-of-someone", "arquillian")));
    }

    @Test
    void anUnknownLockerIsUnknown() {
        assertThrows(UnknownLockerException.class, () -> impulses().open(
                new ImpulseRequest("L-9999", "A1", "bravo", "subject-of-someone", "arquillian")));
    }

    private static Impulses impulses() throws NamingException {
        return lookup("Impulses", Impulses.class);
    }

    private static <T> T lookup(String bean, Class<T> view) throws NamingException {
        return view.cast(new InitialContext().lookup(CORE + bean + "!" + view.getName()));
    }
}
