/**
 * What every page of the Admin Panel stands on: the Core's operator API, called with the signed-in operator's own
 * token (so the Core's role matrix decides what each operator sees and does), and who that operator is to the Core.
 */
package io.lockernet.admin.platform;
