/**
 * The simulator's {@code --demo}: the first hour of a newcomer on the local system. It seeds each demo retailer with
 * products and orders through the retailer's staff API, catches the customers' e-mails in an SMTP server of its own,
 * and keeps a gentle stream going (new orders, deposits, customers who type their codes at the lockers of this
 * process) so that the staff app, its 3D view and its reports have something to show. Demo only, never a deployment.
 */
package io.lockernet.simulator.demo;
