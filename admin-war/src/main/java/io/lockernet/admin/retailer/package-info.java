/**
 * The retailers of the network as operators keep them: each with the lockers it may use, entered or changed through
 * the Core's {@code PUT /operator/retailers/{id}} (its deployments and Keycloak clients are the launcher's).
 */
package io.lockernet.admin.retailer;
