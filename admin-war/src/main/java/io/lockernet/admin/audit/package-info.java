/** The Admin Panel's view of the operators' audit log, for auditors and network admins. */
package io.lockernet.admin.audit;
