package io.lockernet.core.rest.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.core.callback.control.CallbackTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every event type a retailer may subscribe to (and the test event) is a webhook of the OpenAPI document, no other. */
class CallbackTypesDocumentedTest {

    private static final Pattern WEBHOOK = Pattern.compile("(?m)^  ([a-z-]+\\.[a-z-]+):$");

    @Test
    void theWebhooksOfTheOpenApiDocumentAreTheEventTypes() throws IOException {
        String document;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String webhooks = document.substring(document.indexOf("\nwebhooks:"), document.indexOf("\ncomponents:"));
        Set<String> documented = new TreeSet<>();
        Matcher matcher = WEBHOOK.matcher(webhooks);
        while (matcher.find()) {
            documented.add(matcher.group(1));
        }
        assertEquals(Stream.concat(CallbackTypes.ALL.stream(), Stream.of(CallbackTypes.TEST))
                .collect(Collectors.toCollection(TreeSet::new)), documented);
    }
}
