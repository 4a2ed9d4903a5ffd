package io.lockernet.courier.route.boundary;

import io.lockernet.courier.platform.CoreRefusal;
import io.lockernet.courier.platform.CourierApi;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page's position reports ({@code POST /courier/position}, form fields latitude and longitude, from the phone's
 * geolocation while the page is open), passed on to the Core as the signed-in courier. 204 when the Core took it, 400
 * for coordinates that are not numbers in range, the Core's status otherwise.
 */
@WebServlet("/position")
public class PositionServlet extends HttpServlet {

    @Inject
    CourierApi core;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        double latitude;
        double longitude;
        try {
            latitude = Double.parseDouble(request.getParameter("latitude"));
            longitude = Double.parseDouble(request.getParameter("longitude"));
        } catch (NullPointerException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "latitude and longitude are numbers");
            return;
        }
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "latitude is within ±90, longitude within ±180");
            return;
        }
        try {
            core.position(latitude, longitude);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (CoreRefusal refused) {
            response.sendError(refused.status() == 0 ? HttpServletResponse.SC_BAD_GATEWAY : refused.status(),
                    refused.getMessage());
        }
    }
}
