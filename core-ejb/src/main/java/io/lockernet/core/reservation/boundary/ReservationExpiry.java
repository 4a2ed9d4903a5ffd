package io.lockernet.core.reservation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/** Frees compartments whose reservation outlived its time to live with nothing put in. */
@Singleton
@DependsOn("CoreSchema") // its timers tick once the Core's schema is migrated, not during the first deployment
public class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());

    @EJB
    Reservations reservations;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "reservation expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void expire() {
        int lapsed = reservations.expireLapsed();
        if (lapsed > 0) {
            LOG.info(() -> lapsed + " reservation(s) lapsed");
        }
    }
}
