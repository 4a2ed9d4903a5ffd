package io.lockernet.simulator.demo;

import io.lockernet.simulator.demo.Catalogue.Product;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;

/**
 * What a newcomer finds at once in a retailer's staff app: its range of products, {@link #ORDERS_PER_STORE} orders
 * at each of its stores, and a parcel or two already in the lockers. Safe to run on every start: products are put
 * (described anew), seed orders have fixed references (an existing one answers 409 and is left alone), and a store
 * gets deposits only while it has fewer than {@link StoreChoice#SEEDED_IN_LOCKERS} parcels in its lockers.
 */
final class Seed {

    private static final System.Logger LOG = System.getLogger(Seed.class.getName());

    static final int ORDERS_PER_STORE = 5;

    private final StaffApi api;
    private final List<Product> catalogue;
    private final DemoOrders orders;
    private final Depositor depositor;

    Seed(StaffApi api, List<Product> catalogue, DemoOrders orders, Depositor depositor) {
        this.api = api;
        this.catalogue = catalogue;
        this.orders = orders;
        this.depositor = depositor;
    }

    void run() {
        RetailerStores stores = RetailerStores.of(api.lockers());
        int newProducts = 0;
        for (Product product : catalogue) {
            newProducts += api.putProduct(product.sku(), product.toJson()) ? 1 : 0;
        }
        int newOrders = 0;
        for (String store : stores.stores()) {
            for (int number = 1; number <= ORDERS_PER_STORE; number++) {
                newOrders += api.createOrder(orders.seed(store, number)) ? 1 : 0;
            }
        }
        int deposits = depositSome(stores);
        LOG.log(Level.INFO, "{0}: seeded stores {1}: {2} new of {3} products, {4} new orders, {5} deposits",
                api.retailer(), String.join(", ", stores.stores()), String.valueOf(newProducts),
                String.valueOf(catalogue.size()), String.valueOf(newOrders), String.valueOf(deposits));
    }

    private int depositSome(RetailerStores stores) {
        Map<String, Long> inLockers = RetailerStores.countByStore(api.orders("DEPOSITED"), false);
        List<JsonObject> waiting = api.orders("OPEN").stream().filter(RetailerStores::isDemo).toList();
        int deposits = 0;
        for (String store : stores.stores()) {
            int wanted = StoreChoice.seedDeposits(inLockers.getOrDefault(store, 0L));
            for (JsonObject order : waiting) {
                if (wanted == 0) {
                    break;
                }
                if (store.equals(order.getString("store", "")) && depositor.deposit(order.getString("reference"),
                        store, stores)) {
                    wanted--;
                    deposits++;
                }
            }
        }
        return deposits;
    }
}
