package io.lockernet.core.locker.boundary;

import io.lockernet.api.core.RetailerView;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.locker.entity.Retailer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The retailers of the fleet, entered by operators ({@code ./lockernet add-partner} does it on a running system), and
 * the lockers each may use: the object scope the Core checks every partner request against.
 */
@Stateless
public class Retailers {

    /** Lower-case letters and digits, starting with a letter: the id is part of deployment names and URLs. */
    public static final Pattern RETAILER_ID = Pattern.compile("[a-z][a-z0-9]{1,39}");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /**
     * Enters the retailer or changes it; true when it is new. A null {@code name} keeps the name (a new retailer is
     * named by its id); null {@code lockers} keep the lockers it may use, otherwise it may use exactly these from now
     * on. An unknown locker, or one taken out of the fleet, changes nothing and is an {@link IllegalArgumentException}.
     */
    public boolean register(String id, String name, Set<String> lockers) {
        if (!RETAILER_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a retailer id is 2 to 40 lower-case letters and digits, starting with "
                    + "a letter, not '" + id + "'");
        }
        if (lockers != null) {
            for (String locker : lockers) {
                Locker known = em.find(Locker.class, locker);
                if (known == null || known.decommissioned()) {
                    throw new IllegalArgumentException("no locker '" + locker + "'");
                }
            }
        }
        Retailer retailer = em.find(Retailer.class, id);
        boolean created = retailer == null;
        if (created) {
            em.persist(new Retailer(id, name == null ? id : name));
        } else if (name != null) {
            retailer.rename(name);
        }
        if (lockers != null) {
            em.createQuery("select l from Locker l where :retailer member of l.retailers", Locker.class)
                    .setParameter("retailer", id).getResultList()
                    .forEach(locker -> locker.usableBy(id, false));
            lockers.forEach(locker -> em.find(Locker.class, locker).usableBy(id, true));
        }
        return created;
    }

    public List<RetailerView> all() {
        return em.createQuery("select r from Retailer r order by r.id", Retailer.class).getResultList().stream()
                .map(this::view).toList();
    }

    private RetailerView view(Retailer retailer) {
        List<Locker> lockers = em.createQuery("select l from Locker l where :retailer member of l.retailers",
                Locker.class).setParameter("retailer", retailer.id()).getResultList();
        return new RetailerView(retailer.id(), retailer.name(),
                List.copyOf(new TreeSet<>(lockers.stream().map(Locker::id).toList())));
    }
}
