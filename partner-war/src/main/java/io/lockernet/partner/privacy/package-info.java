/**
 * Customers' personal data at rest in this retailer's Partner DB: sealed under the retailer's own key (kept outside the
 * database), re-sealed in the background when the key is rotated, and reported at {@code :9990/health/ready}.
 */
package io.lockernet.partner.privacy;
