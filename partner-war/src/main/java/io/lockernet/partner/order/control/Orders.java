package io.lockernet.partner.order.control;

import io.lockernet.partner.order.entity.Packing;
import io.lockernet.partner.order.entity.Customer;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.order.entity.Product;
import io.lockernet.partner.privacy.control.PersonalData;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** This retailer's products and orders, in its own Partner DB. */
@Stateless
public class Orders {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    PersonalData personalData;

    /** A product entered or described anew; true when it is new. */
    public boolean putProduct(String sku, String name, int lengthMm, int widthMm, int heightMm, int weightGrams,
                              Packing.Packaging packaging) {
        Optional<Product> known = product(sku);
        Product product = known.orElseGet(() -> new Product(sku));
        product.describe(name, lengthMm, widthMm, heightMm, weightGrams, packaging);
        if (known.isEmpty()) {
            em.persist(product);
        }
        return known.isEmpty();
    }

    public List<Product> products() {
        return em.createNamedQuery(Product.ALL, Product.class).getResultList();
    }

    public Optional<Product> product(String sku) {
        return em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", sku).getResultStream()
                .findFirst();
    }

    /**
     * Enters an order whose lines are (sku, quantity); every sku must be a known product and the reference new, else
     * an {@link IllegalArgumentException} or {@link DuplicateOrderException} and nothing is written.
     */
    public CustomerOrder create(String reference, String store, Customer customer, Map<String, Integer> lines) {
        if (order(reference).isPresent()) {
            throw new DuplicateOrderException("an order " + reference + " exists already");
        }
        Map<String, Product> products = lines.keySet().stream().collect(java.util.stream.Collectors.toMap(
                Function.identity(), sku -> product(sku).orElseThrow(
                        () -> new IllegalArgumentException("no product with sku '" + sku + "'; enter it first"))));
        customer.findableBy(personalData.lookupHash(customer.email()));
        CustomerOrder order = new CustomerOrder(reference, customer, store, Instant.now());
        lines.forEach((sku, quantity) -> order.add(products.get(sku), quantity));
        em.persist(order);
        return order;
    }

    public Optional<CustomerOrder> order(String reference) {
        return em.createNamedQuery(CustomerOrder.BY_REFERENCE, CustomerOrder.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .map(o -> {
                    o.lines().forEach(l -> l.product().sku());
                    return o;
                });
    }

    /** Orders in a state at these stores (null: every store), oldest first, at most 500. */
    public List<CustomerOrder> orders(CustomerOrder.State state, Collection<String> stores) {
        if (stores != null && stores.isEmpty()) {
            return List.of();
        }
        var query = stores == null
                ? em.createNamedQuery(CustomerOrder.BY_STATE, CustomerOrder.class)
                : em.createNamedQuery(CustomerOrder.BY_STATE_AT_STORES, CustomerOrder.class).setParameter("stores", stores);
        List<CustomerOrder> orders = query.setParameter("state", state).setMaxResults(500).getResultList();
        orders.forEach(o -> o.lines().forEach(l -> l.product().sku()));
        return orders;
    }
}
