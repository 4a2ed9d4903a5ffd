package io.lockernet.partner.order.boundary;

import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.order.entity.Packing;
import io.lockernet.partner.order.boundary.OrderDocuments.ProductDocument;
import io.lockernet.partner.order.control.Orders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retailer's products, with what the best-fit proposal needs of them: size, weight, packaging. */
@Path("/products")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

    /** Larger than any compartment, and a sanity bound on typing errors. */
    private static final int MAX_SIDE_MM = 3_000;
    private static final int MAX_WEIGHT_GRAMS = 1_000_000;

    @EJB
    Orders orders;

    @GET
    @Operation(operationId = "listProducts", summary = "Every product of this retailer")
    public List<ProductDocument> all() {
        return orders.products().stream().map(ProductDocument::of).toList();
    }

    @GET
    @Path("{sku}")
    @Operation(operationId = "getProduct", summary = "One product")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "No such product")
    public ProductDocument one(@PathParam("sku") String sku) {
        return orders.product(sku).map(ProductDocument::of)
                .orElseThrow(() -> new NotFoundException("no product with sku '" + sku + "'"));
    }

    @PUT
    @Path("{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putProduct", summary = "Enter a product or describe it anew",
            description = "Body {\"name\":\"Drill\",\"lengthMm\":350,\"widthMm\":250,\"heightMm\":110,"
                    + "\"weightGrams\":2100,\"packaging\":\"BOX\"}: outer size of one unit as handed over; packaging "
                    + "BOX (any side down), UPRIGHT (this side up), FRAGILE (upright, 20 mm padding) or BAG (10 mm).")
    @APIResponse(responseCode = "201", description = "A new product",
            content = @Content(schema = @Schema(implementation = ProductDocument.class)))
    @APIResponse(responseCode = "200", description = "A known product, described anew",
            content = @Content(schema = @Schema(implementation = ProductDocument.class)))
    @APIResponse(responseCode = "400", description = "Missing name, sizes not positive or too large, unknown "
            + "packaging, a sku longer than 60 characters")
    public Response put(@PathParam("sku") String sku, ProductDocument product) {
        if (sku.length() > 60) {
            throw new BadRequestException("a sku is at most 60 characters");
        }
        if (product == null || product.name() == null || product.name().isBlank() || product.name().length() > 200) {
            throw new BadRequestException("name is required, at most 200 characters");
        }
        for (Integer side : new Integer[] {product.lengthMm(), product.widthMm(), product.heightMm()}) {
            if (side == null || side <= 0 || side > MAX_SIDE_MM) {
                throw new BadRequestException("lengthMm, widthMm and heightMm are 1 to " + MAX_SIDE_MM + " mm");
            }
        }
        int weight = product.weightGrams() == null ? 0 : product.weightGrams();
        if (weight < 0 || weight > MAX_WEIGHT_GRAMS) {
            throw new BadRequestException("weightGrams is 0 to " + MAX_WEIGHT_GRAMS);
        }
        Packing.Packaging packaging = packaging(product.packaging());
        boolean created = orders.putProduct(sku, product.name().strip(), product.lengthMm(), product.widthMm(),
                product.heightMm(), weight, packaging);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(one(sku)).build();
    }

    private static Packing.Packaging packaging(String name) {
        if (name == null) {
            return Packing.Packaging.BOX;
        }
        try {
            return Packing.Packaging.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("packaging is one of " + Arrays.toString(Packing.Packaging.values())
                    + ", not '" + name + "'");
        }
    }
}
