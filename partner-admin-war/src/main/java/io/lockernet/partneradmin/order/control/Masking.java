package io.lockernet.partneradmin.order.control;

/**
 * How personal data looks to technical staff: enough to tell records apart and to recognise a known customer on the
 * phone, not enough to learn who someone is. The first letter of each word of a name, the first letter of an
 * e-mail's local part and its top-level domain, the last two digits of a phone number.
 */
public final class Masking {

    private Masking() {
    }

    /** "Marge Simpson" becomes "M**** S******". */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder masked = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toCharArray()) {
            if (Character.isWhitespace(c) || c == '-') {
                masked.append(c);
                wordStart = true;
            } else {
                masked.append(wordStart ? c : '*');
                wordStart = false;
            }
        }
        return masked.toString();
    }

    /** "marge@example.com" becomes "m****@*******.com". */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "*".repeat(email.length());
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String host = dot < 0 ? domain : domain.substring(0, dot);
        String tld = dot < 0 ? "" : domain.substring(dot);
        return local.charAt(0) + "*".repeat(local.length() - 1) + "@" + "*".repeat(host.length()) + tld;
    }

    /** "+1 555 0134" becomes "*********34". */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int keep = Math.min(2, phone.length());
        return "*".repeat(phone.length() - keep) + phone.substring(phone.length() - keep);
    }
}
