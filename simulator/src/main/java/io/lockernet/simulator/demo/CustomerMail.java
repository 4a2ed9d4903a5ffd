package io.lockernet.simulator.demo;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a customer learns from a Partner's e-mail: which code to type at which locker, for which order. Read from the
 * mail's plain text as the Partner writes it ({@code PickupCodeMail}, {@code ReturnCodeMail} in partner-war): "parcel
 * locker L-0001", "Pickup code: 048213" or "Return code: 048213", "order DEMO-…". Mails without a code (reminders) say
 * nothing to type.
 */
record CustomerMail(Kind kind, String locker, String code, String reference) {

    /** A pickup code opens the compartment with the order; a return code the one held empty for a return. */
    enum Kind { PICKUP, RETURN }

    private static final Pattern CODE = Pattern.compile("\\b(Pickup|Return) code:\\s*(\\d{4,12})\\b");
    private static final Pattern LOCKER = Pattern.compile("\\bparcel\\s+locker\\s+([A-Za-z0-9][A-Za-z0-9_-]*)");
    private static final Pattern ORDER = Pattern.compile("\\border\\s+([A-Za-z0-9._-]*[A-Za-z0-9_-])");

    /** The code, locker and order of a mail's text; empty for a mail without all three. */
    static Optional<CustomerMail> parse(String text) {
        Matcher code = CODE.matcher(text);
        Matcher locker = LOCKER.matcher(text);
        Matcher order = ORDER.matcher(text);
        if (!code.find() || !locker.find() || !order.find()) {
            return Optional.empty();
        }
        Kind kind = code.group(1).equals("Pickup") ? Kind.PICKUP : Kind.RETURN;
        return Optional.of(new CustomerMail(kind, locker.group(1), code.group(2), order.group(1)));
    }

    /** The plain text of a mail: the message itself, or each {@code text/plain} part of a multipart one. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart body = parts.getBodyPart(i);
                text.append(text(body));
            }
            return text.toString();
        }
        return "";
    }

    /** For the log: what the mail asks of the customer, without the code. */
    String describe() {
        return (kind == Kind.PICKUP ? "pickup code for order " : "return code for order ") + reference + " at "
                + locker;
    }

    @Override
    public String toString() {
        return "CustomerMail[" + describe() + ", code=***]";
    }
}
