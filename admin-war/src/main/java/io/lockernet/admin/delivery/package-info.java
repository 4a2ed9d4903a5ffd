/** The last mile for operators: every carrier's couriers and stops ahead on a map, delivered against planned. */
package io.lockernet.admin.delivery;
