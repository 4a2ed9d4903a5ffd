package io.lockernet.partner.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * {@code POST /partner-ID/signout}: the staff app's "Sign out" (a store's terminal is shared). Ends this app's session,
 * and with it the live channels opened through it, then sends the browser to Keycloak to end the single sign-on too,
 * and back to the app's start, which asks for a sign-in again. A POST only: a link or an image cannot sign anyone out,
 * and another site's form does not carry the SameSite session cookie.
 */
@WebServlet("/signout")
public class SignOut extends HttpServlet {

    @Inject
    PartnerConfig config;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idToken = request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
                && oidc.getOidcSecurityContext() != null ? oidc.getOidcSecurityContext().getIDTokenString() : null;
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        StringBuilder logout = new StringBuilder(config.realmUrl()).append("/protocol/openid-connect/logout")
                .append("?client_id=").append(encode(config.clientId()))
                .append("&post_logout_redirect_uri=").append(encode(back));
        if (idToken != null) {
            logout.append("&id_token_hint=").append(encode(idToken));
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", logout.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
