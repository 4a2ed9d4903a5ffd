package io.lockernet.admin.platform;

import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * What a page's request says: the object a row's button names (its id as a parameter of the button, so that an action
 * reaches the object the operator saw whatever row it is in now), what the operator typed in a row's field, and the
 * object asked for in the address. A missing or malformed id is said to the operator as a message, never thrown.
 */
public final class RequestParams {

    private RequestParams() {
    }

    /** The id the clicked button sent as {@code param}; empty, with a message naming {@code what}, when it is none. */
    public static Optional<Long> clicked(String param, String what) {
        String id = value(param);
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException | NullPointerException notAnId) {
            Messages.error("Which " + what + "? Load the page again.");
            return Optional.empty();
        }
    }

    /** The text of a field, stripped; "" when it was not sent. */
    public static String typed(String field) {
        String text = value(field);
        return text == null ? "" : text.strip();
    }

    /** The id in the address ({@code ?alarm=42}); null when there is none, or (with a message) when it is no id. */
    public static Long asked(String param, String what) {
        String id = value(param);
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException notAnId) {
            Messages.error("There is no " + what + " '" + (id.length() > 20 ? id.substring(0, 20) + "…" : id) + "'.");
            return null;
        }
    }

    private static String value(String param) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(param);
    }
}
