package io.lockernet.courier.dispatch.boundary;

import io.lockernet.courier.platform.CoreRefusal;
import io.lockernet.courier.platform.CourierApi;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The dispatch map's data ({@code /courier/overview.json}): the Core's {@code GET /courier/overview} as the signed-in
 * dispatcher, passed through as it is; a refusal passes its status through (403 for a courier who is no dispatcher).
 */
@WebServlet("/overview.json")
public class OverviewData extends HttpServlet {

    @Inject
    CourierApi core;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String json = core.overview();
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(json);
        } catch (CoreRefusal refused) {
            response.sendError(refused.status() == 0 ? HttpServletResponse.SC_BAD_GATEWAY : refused.status(),
                    refused.getMessage());
        }
    }
}
