package io.lockernet.admin.delivery.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.OperatorApi;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The map's data ({@code /admin/deliveries.json}): the Core's {@code GET /operator/deliveries} as the signed-in
 * operator, passed through as it is; a refusal passes its status through too (403 for a role without delivery.read).
 */
@WebServlet("/deliveries.json")
public class DeliveriesData extends HttpServlet {

    @Inject
    OperatorApi core;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String json = core.deliveries();
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(json);
        } catch (CoreRefusal refused) {
            response.sendError(refused.status() == 0 ? HttpServletResponse.SC_BAD_GATEWAY : refused.status(),
                    refused.getMessage());
        }
    }
}
