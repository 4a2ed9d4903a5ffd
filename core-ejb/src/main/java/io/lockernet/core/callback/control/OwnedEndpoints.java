package io.lockernet.core.callback.control;

import io.lockernet.core.callback.entity.CallbackEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** A retailer's own endpoint by id: another retailer's, or none, is not found. */
@ApplicationScoped
public class OwnedEndpoints {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** The endpoint, locked against a concurrent change when {@code toChange}. */
    public CallbackEndpoint find(String retailer, String id, boolean toChange) {
        CallbackEndpoint endpoint = id == null ? null
                : em.find(CallbackEndpoint.class, id, toChange ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (endpoint == null || !endpoint.retailer().equals(retailer)) {
            throw new UnknownEndpointException(id);
        }
        return endpoint;
    }
}
