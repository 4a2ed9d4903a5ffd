package io.lockernet.api.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * {@code POST <app>/signout}, the "Sign out" of every app people sign in to (a store's terminal is shared). Ends this
 * app's session (and what hangs on it, like the staff app's live channels), then sends the browser to Keycloak to end
 * the single sign-on too, and back to the app's start, which asks for a sign-in again. The realm and the client come
 * from the verified token (its issuer and {@code azp}), so every app registers this servlet as it is (web.xml). A POST
 * only: a link or an image cannot sign anyone out, and another site's form does not carry the SameSite session cookie.
 */
public class SignOut extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcSecurityContext signedIn = request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
                ? oidc.getOidcSecurityContext() : null;
        AccessToken token = signedIn == null ? null : signedIn.getToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        if (token == null) {
            response.setHeader("Location", back);
            return;
        }
        StringBuilder logout = new StringBuilder(token.getIssuer()).append("/protocol/openid-connect/logout")
                .append("?client_id=").append(encode(token.getClaimValueAsString("azp")))
                .append("&post_logout_redirect_uri=").append(encode(back));
        if (signedIn.getIDTokenString() != null) {
            logout.append("&id_token_hint=").append(encode(signedIn.getIDTokenString()));
        }
        response.setHeader("Location", logout.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
