/**
 * The operators' audit log: every change an operator asks of the operator area, and every refusal, with who asked,
 * when, the operation and its object, and how it ended. Auditors and network admins read it.
 */
package io.lockernet.core.audit;
