package io.lockernet.core.callback.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which URLs a retailer's endpoint may have. An endpoint is https and resolves to public addresses only, checked when it
 * is entered and again before every attempt (a name may resolve elsewhere later): otherwise a retailer could make the
 * Core call the operator's own network (its management interface, its database). {@code allowPrivate} lifts both
 * rules for the local demo and the tests, where the receiver runs on this machine.
 */
public final class EndpointAddresses {

    private EndpointAddresses() {
    }

    /** Why the URL may not be an endpoint, or null when it may. */
    public static String refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return "url is not a URL";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "url needs a host, and no user name, password or fragment";
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !(allowPrivate && "http".equalsIgnoreCase(uri.getScheme()))) {
            return "url must be https";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return "url's host resolves to an address that is not public (" + address.getHostAddress() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "url's host cannot be resolved";
        }
        return null;
    }

    static boolean isPublic(InetAddress address) {
        return !(address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc); // IPv6 unique local
    }
}
