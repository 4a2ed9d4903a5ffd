/** The carrier's dispatchers: their couriers and the stops ahead on a map, delivered against planned today. */
package io.lockernet.courier.dispatch;
