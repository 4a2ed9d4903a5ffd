package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.it.partner.client.ApiClient;
import io.lockernet.it.partner.client.ApiException;
import io.lockernet.it.partner.client.api.PartnerApi;
import io.lockernet.it.partner.client.model.CustomerDocument;
import io.lockernet.it.partner.client.model.LineDocument;
import io.lockernet.it.partner.client.model.LockerView;
import io.lockernet.it.partner.client.model.NewOrder;
import io.lockernet.it.partner.client.model.OrderDocument;
import io.lockernet.it.partner.client.model.Problem;
import io.lockernet.it.partner.client.model.ProductDocument;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The partner API through the Java client that openapi-generator makes from its OpenAPI document (partner-war builds
 * the document from the annotations the server serves; system-it generates the client from it): a retailer's
 * developer gets a working client without writing a line of HTTP.
 */
class GeneratedClientIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anEmployeeListsLockersEntersAnOrderAndReadsItBackThroughTheGeneratedClient() throws ApiException {
        PartnerApi acme = new PartnerApi(client("partner-acme", Http.userToken("partner-acme", "acme-employee")));

        assertTrue(acme.listLockers().stream().map(LockerView::getId).anyMatch("L-0001"::equals),
                "acme may use L-0001 at acme-springfield");

        String sku = "KETTLE-" + run;
        ProductDocument kettle = acme.putProduct(sku, new ProductDocument().name("Kettle").lengthMm(250).widthMm(200)
                .heightMm(260).weightGrams(1_300).packaging("BOX"));
        assertEquals(sku, kettle.getSku());

        String reference = "G-" + run;
        OrderDocument created = acme.createOrder(new NewOrder().reference(reference).store("acme-springfield")
                .customer(new CustomerDocument().name("Marge Simpson").email("marge@example.invalid")
                        .lowCompartment(false))
                .addLinesItem(new LineDocument().sku(sku).quantity(2)));
        assertEquals("OPEN", created.getState());

        OrderDocument read = acme.getOrder(reference);
        assertEquals(reference, read.getReference());
        assertEquals("acme-springfield", read.getStore());
        assertEquals("marge@example.invalid", read.getCustomer().getEmail());
        assertEquals(2, read.getLines().get(0).getQuantity());
        assertTrue(read.getParcels().isEmpty(), "not deposited yet: " + read.getParcels());
    }

    @Test
    void errorsReachTheGeneratedClientAsProblemDocuments() throws Exception {
        ApiClient client = client("partner-acme", Http.userToken("partner-acme", "acme-employee"));

        ApiException missing = assertThrows(ApiException.class, () -> new PartnerApi(client).getOrder("NONE-" + run));
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseHeaders().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"), missing.getResponseHeaders().map().toString());
        Problem problem = client.getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());

        ApiException anonymous = assertThrows(ApiException.class,
                () -> new PartnerApi(client("partner-acme", null)).listLockers());
        assertEquals(401, anonymous.getCode());
    }

    /** The generated client at a retailer's deployment, sending the token (if any) as a bearer token. */
    private static ApiClient client(String deployment, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Demo.APP + "/" + deployment);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
