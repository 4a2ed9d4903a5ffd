/** The Core's operator area ({@code /core/api/operator}, role lockernet-admin): review items, reconciliation, reports. */
package io.lockernet.core.operatorapi;
