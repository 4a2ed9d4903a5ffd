/** The Admin Panel's state page: the applications, the broker's tiers, Keycloak, the database, the server. */
package io.lockernet.admin.state;
