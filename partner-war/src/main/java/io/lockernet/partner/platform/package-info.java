/** Plumbing of a partner deployment: which retailer it serves, its database, the Core, the signed-in caller. */
package io.lockernet.partner.platform;
