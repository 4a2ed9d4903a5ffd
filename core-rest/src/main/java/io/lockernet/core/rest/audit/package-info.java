/** The operators' audit log, for auditors and network admins. */
package io.lockernet.core.rest.audit;
