/**
 * OpenID Connect for the parts: the claims of a caller the container verified ({@link io.lockernet.api.oidc.TokenClaims},
 * the only way to them), and getting access tokens with a client's own credentials (client-credentials grant).
 */
package io.lockernet.api.oidc;
