package io.lockernet.partner.returns.control;

import io.lockernet.partner.hold.control.CodeMail;
import io.lockernet.partner.hold.control.CodeToSend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells a customer how to return an order: the locker, the return code as text and as a QR code, and until when. */
@ApplicationScoped
public class ReturnCodeMail {

    @Inject
    CodeMail mail;

    public CodeMail.Letter letter(CodeToSend r) {
        String text = "Hello " + r.customer() + ",\n\nyou can return your order " + r.reference() + " at parcel locker "
                + r.locker() + ": compartment " + r.compartment() + " is kept free for it.\n\nReturn code: " + r.code()
                + "\n\nType the code on the locker's keypad (or show the QR code to its scanner), put the parcel in and "
                + "close the door. The code works once, until " + mail.until(r.expiresAt()) + ".\n";
        return new CodeMail.Letter(r.email(), "Return your order " + r.reference() + " at parcel locker " + r.locker(),
                text, r.code(), "return-code");
    }
}
