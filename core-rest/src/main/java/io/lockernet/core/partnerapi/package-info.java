/**
 * The Core's area for partner deployments ({@code /core/api/partner}): each call acts for the one retailer of the
 * calling client, and reaches only that retailer's lockers and impulses.
 */
package io.lockernet.core.partnerapi;
