package io.lockernet.wildfly;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/**
 * The OpenAPI document is public and may be read from any origin, but never with the reader's credentials: WildFly's
 * OpenAPI endpoint answers {@code Access-Control-Allow-Origin: *} together with
 * {@code Access-Control-Allow-Credentials: true}, a pair the CORS specification forbids (browsers refuse it, so
 * nothing leaks, but it must not be said). Its handler sets the headers itself, after any filter has run, so this one
 * takes the credentials header away when the answer is committed. Registered for {@code /openapi} only (60-web.cli).
 */
public class OpenApiCors implements HttpHandler {

    static final HttpString ALLOW_CREDENTIALS = new HttpString("Access-Control-Allow-Credentials");

    private final HttpHandler next;

    public OpenApiCors(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(committed -> committed.getResponseHeaders().remove(ALLOW_CREDENTIALS));
        next.handleRequest(exchange);
    }
}
