/**
 * Names shared by the senders and receivers of Lockernet's JMS messages: destinations and message properties. The
 * Core, every Shepherd and every partner deployment agree on these and nothing else.
 */
package io.lockernet.api.messaging;
