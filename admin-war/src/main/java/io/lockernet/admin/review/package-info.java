/** The Admin Panel's manual-review list: what the off-peak reconciliation found, resolved by operators. */
package io.lockernet.admin.review;
