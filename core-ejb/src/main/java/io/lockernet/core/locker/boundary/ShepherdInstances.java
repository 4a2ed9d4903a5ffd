package io.lockernet.core.locker.boundary;

import io.lockernet.api.core.ShepherdView;
import io.lockernet.core.locker.entity.ShepherdInstance;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Shepherd instances lockers can be assigned to. An instance registers itself when it starts (its Keycloak
 * client proves its name), so adding a Shepherd to a running system needs no step in the Core.
 */
@Stateless
public class ShepherdInstances {

    /** {@code shepherd-<n>}: the deployment name, the Keycloak client and the command queue all follow it. */
    public static final Pattern NAME = Pattern.compile("shepherd-[1-9][0-9]{0,5}");
    private static final int DESCRIPTION_LENGTH = 200;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /**
     * Creates the instance or updates what it says about itself and when it was heard from; registering again changes
     * nothing else.
     */
    public ShepherdInstance register(String id, String description, String build) {
        if (!NAME.matcher(id).matches()) {
            throw new IllegalArgumentException("a Shepherd instance is named shepherd-<n>, not '" + id + "'");
        }
        String text = description == null || description.isBlank() ? id : description.strip();
        if (text.length() > DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description is longer than " + DESCRIPTION_LENGTH + " characters");
        }
        String release = build == null || build.isBlank() ? null : build.strip();
        if (release != null && release.length() > DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("build is longer than " + DESCRIPTION_LENGTH + " characters");
        }
        ShepherdInstance instance = em.find(ShepherdInstance.class, id);
        if (instance == null) {
            instance = new ShepherdInstance(id);
            em.persist(instance);
        }
        instance.heardFrom(text, release, Instant.now());
        return instance;
    }

    public List<ShepherdView> all() {
        return em.createQuery("""
                select new io.lockernet.api.core.ShepherdView(s.id, s.description,
                    (select count(l) from Locker l where l.shepherd = s.id and l.decommissionedAt is null),
                    (select count(l) from Locker l where l.fallbackShepherd = s.id and l.decommissionedAt is null),
                    (select count(l) from Locker l where l.connectedVia = s.id and l.online = true),
                    s.build, s.lastSeenAt,
                    case when s.lastSeenAt >= :heardSince then true else false end)
                from ShepherdInstance s order by s.id""", ShepherdView.class)
                .setParameter("heardSince", Instant.now().minus(ShepherdView.SILENCE)).getResultList();
    }
}
