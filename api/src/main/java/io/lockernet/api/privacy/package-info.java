/**
 * Customers' personal data at rest: sealed with AES-GCM under the retailer's own key before it reaches the Partner DB,
 * found by e-mail through a keyed hash instead of by decrypting, and re-sealed under a new key when the retailer's key
 * is rotated. The keys live in a PKCS12 keystore outside the database ({@link io.lockernet.api.privacy.PersonalDataKeyring}).
 */
package io.lockernet.api.privacy;
