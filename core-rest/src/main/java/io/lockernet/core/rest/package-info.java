/**
 * The Core's REST areas under {@code /core/api}, by business area ({@code locker}, {@code impulse},
 * {@code reservation}, …), each holding the resources of its callers: {@code Operator…} ({@code /core/api/operator},
 * roles installer, fleet-operator, network-admin and auditor, each operation as the role matrix {@link Permission}
 * allows it, in the caller's regions where the role works in regions), {@code Partner…} ({@code /core/api/partner},
 * role partner-service: each call acts for the one retailer of the calling client and reaches only that retailer's
 * lockers and impulses) and {@code Shepherd…} ({@code /core/api/shepherd}, role shepherd-service: what a Shepherd must
 * know to admit a locker). This package holds their plumbing: the application, the caller's identity from its token,
 * the operators' permissions and audit log, problem details.
 */
package io.lockernet.core.rest;
