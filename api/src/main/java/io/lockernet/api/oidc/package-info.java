/** Getting access tokens from Keycloak with a client's own credentials (OAuth 2.0 client-credentials grant). */
package io.lockernet.api.oidc;
