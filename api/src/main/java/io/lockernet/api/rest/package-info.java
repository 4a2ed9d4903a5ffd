/**
 * How every Lockernet REST API reads JSON bodies and answers errors: bodies are bounded and checked to be complete
 * JSON before they are bound, bound strictly (no unknown properties, no numbers from strings), and every error is a
 * problem document that names no class, no library and no internal address. Registered in each {@code web.xml}
 * ({@code resteasy.providers}), not by annotation: an annotated provider in a shared jar would make every deployment
 * that carries the jar a JAX-RS application, the Shepherd's included.
 */
package io.lockernet.api.rest;
