package io.lockernet.core.delivery.control;

import io.lockernet.core.delivery.entity.CarrierPlan;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * A carrier's planning row, made the first time the carrier is heard of, in a transaction of its own and committed at
 * once: two first parcels of a new carrier at the same moment make one row, and the second caller's insert (which
 * fails on the key) costs it nothing but a second look.
 */
@Stateless
public class CarrierPlanRows {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String carrier) {
        if (em.find(CarrierPlan.class, carrier) == null) {
            em.persist(new CarrierPlan(carrier, clock.instant()));
            em.flush();
        }
    }
}
