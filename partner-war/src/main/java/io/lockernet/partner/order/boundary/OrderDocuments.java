package io.lockernet.partner.order.boundary;

import io.lockernet.partner.order.entity.Customer;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.order.entity.Product;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON documents of the retailer's order API. */
public final class OrderDocuments {

    /** Units in one order, at most: a parcel for one compartment, and a bound on the packing's work. */
    public static final int MAX_UNITS = 200;

    private OrderDocuments() {
    }

    /** A product: outer size of one unit in millimetres, weight in grams, packaging BOX, UPRIGHT, FRAGILE or BAG. */
    public record ProductDocument(
            @Schema(example = "DRILL-1") String sku,
            @Schema(example = "Cordless drill") String name,
            @Schema(example = "350") Integer lengthMm,
            @Schema(example = "250") Integer widthMm,
            @Schema(example = "110") Integer heightMm,
            @Schema(example = "2100") Integer weightGrams,
            @Schema(example = "BOX") String packaging) {

        static ProductDocument of(Product p) {
            return new ProductDocument(p.sku(), p.name(), p.lengthMm(), p.widthMm(), p.heightMm(), p.weightGrams(),
                    p.packaging().name());
        }
    }

    /** lowCompartment: the customer needs a low compartment (wheelchair users). */
    public record CustomerDocument(
            @Schema(example = "Marge Simpson")
            @NotBlank(message = "is required") @Size(max = 200, message = "has at most 200 characters") String name,
            @Schema(example = "marge@example.com") @NotNull(message = "is required")
            @Pattern(regexp = "[^@\\s]{1,64}@[^@\\s]{1,189}", message = "is an e-mail address") String email,
            @Schema(example = "+1 555 0100") @Size(max = 40, message = "has at most 40 characters") String phone,
            @Schema(example = "false") Boolean lowCompartment) {

        static CustomerDocument of(Customer c) {
            return new CustomerDocument(c.name(), c.email(), c.phone(), c.lowCompartment());
        }
    }

    /** One line of an order: a product entered before, and how many units (an order has at most 200 in all). */
    public record LineDocument(
            @Schema(example = "DRILL-1")
            @NotNull(message = "is required") @Size(max = 60, message = "has at most 60 characters") String sku,
            @Schema(example = "1") @NotNull(message = "is required") @Min(value = 1, message = "is at least 1")
            @Max(value = MAX_UNITS, message = "is at most " + MAX_UNITS) Integer quantity) {
    }

    /** A new order: the retailer's reference, the store where it is to be collected, the customer, the lines. */
    public record NewOrder(
            @Schema(example = "A-1001") @NotNull(message = "is required")
            @Pattern(regexp = "[A-Za-z0-9._-]{1,60}", message = "is 1 to 60 letters, digits, '.', '_' or '-'")
            String reference,
            @Schema(example = "acme-springfield")
            @NotBlank(message = "is required") @Size(max = 80, message = "has at most 80 characters") String store,
            @NotNull(message = "is required") @Valid CustomerDocument customer,
            @NotNull(message = "is required") @Size(min = 1, max = 100, message = "has 1 to 100 lines")
            List<@NotNull(message = "may not be empty") @Valid LineDocument> lines) {
    }

    /** An order; {@code parcels} (in the answer for one order only) say where it went and how that stands. */
    public record OrderDocument(
            @Schema(example = "A-1001") String reference,
            @Schema(example = "acme-springfield") String store,
            @Schema(example = "OPEN") String state,
            @Schema(example = "2026-12-03T09:00:00Z") Instant createdAt,
            CustomerDocument customer,
            List<LineDocument> lines,
            List<ParcelDocument> parcels) {

        public static OrderDocument of(CustomerOrder o) {
            return of(o, null);
        }

        /** The order with where its parcels went ({@code parcels} null: not asked). */
        public static OrderDocument of(CustomerOrder o, List<ParcelDocument> parcels) {
            return new OrderDocument(o.reference(), o.store(), o.state().name(), o.createdAt(),
                    CustomerDocument.of(o.customer()),
                    o.lines().stream().map(l -> new LineDocument(l.product().sku(), l.quantity())).toList(), parcels);
        }
    }

    /** Where a parcel of the order is: RESERVED (being put in), DEPOSITED, COLLECTED, RETRIEVED, CANCELLED. */
    public record ParcelDocument(
            @Schema(example = "L-0001") String locker,
            @Schema(example = "A2") String compartment,
            @Schema(example = "DEPOSITED") String state,
            @Schema(example = "2026-12-03T10:15:40Z") Instant depositedAt,
            @Schema(example = "2026-12-05T10:15:40Z") Instant expiresAt,
            @Schema(example = "false") boolean extended,
            @Schema(example = "2026-12-03T10:15:41Z") Instant codeSentAt,
            Instant remindedAt) {
    }
}
