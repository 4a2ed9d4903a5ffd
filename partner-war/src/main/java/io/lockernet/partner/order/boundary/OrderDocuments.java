package io.lockernet.partner.order.boundary;

import io.lockernet.partner.order.entity.Customer;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.order.entity.Product;
import io.lockernet.partner.parcel.entity.Parcel;
import java.time.Instant;
import java.util.List;

/** The JSON documents of the retailer's order API. */
public final class OrderDocuments {

    private OrderDocuments() {
    }

    /** A product: outer size of one unit in millimetres, weight in grams, packaging BOX, UPRIGHT, FRAGILE or BAG. */
    public record ProductDocument(String sku, String name, Integer lengthMm, Integer widthMm, Integer heightMm,
                                  Integer weightGrams, String packaging) {

        static ProductDocument of(Product p) {
            return new ProductDocument(p.sku(), p.name(), p.lengthMm(), p.widthMm(), p.heightMm(), p.weightGrams(),
                    p.packaging().name());
        }
    }

    /** lowCompartment: the customer needs a low compartment (wheelchair users). */
    public record CustomerDocument(String name, String email, String phone, Boolean lowCompartment) {

        static CustomerDocument of(Customer c) {
            return new CustomerDocument(c.name(), c.email(), c.phone(), c.lowCompartment());
        }
    }

    public record LineDocument(String sku, Integer quantity) {
    }

    /** A new order: the retailer's reference, the store where it is to be collected, the customer, the lines. */
    public record NewOrder(String reference, String store, CustomerDocument customer, List<LineDocument> lines) {
    }

    /** An order; {@code parcels} (in the answer for one order only) say where it went and how that stands. */
    public record OrderDocument(String reference, String store, String state, Instant createdAt,
                                CustomerDocument customer, List<LineDocument> lines, List<ParcelDocument> parcels) {

        static OrderDocument of(CustomerOrder o) {
            return of(o, null);
        }

        static OrderDocument of(CustomerOrder o, List<Parcel> parcels) {
            return new OrderDocument(o.reference(), o.store(), o.state().name(), o.createdAt(),
                    CustomerDocument.of(o.customer()),
                    o.lines().stream().map(l -> new LineDocument(l.product().sku(), l.quantity())).toList(),
                    parcels == null ? null : parcels.stream().map(ParcelDocument::of).toList());
        }
    }

    /** Where a parcel of the order is: RESERVED (being put in), DEPOSITED, COLLECTED, RETRIEVED, CANCELLED. */
    public record ParcelDocument(String locker, String compartment, String state, Instant depositedAt,
                                 Instant expiresAt, boolean extended, Instant codeSentAt, Instant remindedAt) {

        static ParcelDocument of(Parcel p) {
            return new ParcelDocument(p.locker(), p.compartment(), p.state().name(), p.depositedAt(), p.expiresAt(),
                    p.extended(), p.codeSentAt(), p.remindedAt());
        }
    }

    /** Which compartment the employee puts the order into: usually the proposal's. */
    public record DepositRequest(String locker, String compartment) {
    }
}
