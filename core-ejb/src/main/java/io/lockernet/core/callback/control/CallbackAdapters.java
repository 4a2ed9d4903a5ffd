package io.lockernet.core.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adapters there are ({@link CallbackAdapter}, found by CDI), and the request of one attempt: the adapter's, or,
 * for an endpoint without one, the Standard Webhooks JSON as it is.
 */
@ApplicationScoped
public class CallbackAdapters {

    @Inject
    @Any
    Instance<CallbackAdapter> adapters;

    public List<String> names() {
        return adapters.stream().map(CallbackAdapter::name).sorted().toList();
    }

    public Optional<CallbackAdapter> find(String name) {
        return adapters.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** What goes over the wire for this attempt. */
    public CallbackAdapter.Request request(Deliveries.Attempt attempt) {
        if (attempt.adapter() == null) {
            return new CallbackAdapter.Request("application/json", attempt.payload(), Map.of());
        }
        CallbackAdapter adapter = find(attempt.adapter()).orElseThrow(() -> new IllegalStateException(
                "no callback adapter '" + attempt.adapter() + "'"));
        return adapter.request(new CallbackAdapter.Message(attempt.webhookId(), attempt.timestamp(),
                parse(attempt.payload())), parse(attempt.adapterSettings()));
    }

    /** The settings as an answer shows them: the adapter's secrets as {@code "set"}. */
    public JsonObject shown(String name, String settings) {
        if (name == null || settings == null) {
            return null;
        }
        JsonObject kept = parse(settings);
        var secrets = find(name).map(CallbackAdapter::secretSettings).orElse(java.util.Set.of());
        JsonObjectBuilder shown = Json.createObjectBuilder();
        kept.forEach((key, value) -> shown.add(key, secrets.contains(key) ? Json.createValue("set") : value));
        return shown.build();
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json == null ? "{}" : json))) {
            return reader.readObject();
        }
    }
}
