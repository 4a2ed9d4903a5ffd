package io.lockernet.partner.parcel.control;

import io.lockernet.partner.hold.control.CodeMail;
import io.lockernet.partner.hold.control.CodeToSend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

/**
 * What a customer is told about a parcel: that the order is in the locker, with the pickup code (as text and QR code)
 * and until when it can be collected; and a reminder when that end comes near.
 */
@ApplicationScoped
public class PickupCodeMail {

    @Inject
    CodeMail mail;

    public CodeMail.Letter letter(CodeToSend parcel) {
        String text = "Hello " + parcel.customer() + ",\n\nyour order " + parcel.reference() + " is waiting for you in "
                + "parcel locker " + parcel.locker() + ".\n\nPickup code: " + parcel.code() + "\n\nType the code on the "
                + "locker's keypad (or show the QR code to its scanner) and the door opens. Please collect the order by "
                + mail.until(parcel.expiresAt()) + ".\n";
        return new CodeMail.Letter(parcel.email(), "Your order " + parcel.reference() + " is ready for pickup", text,
                parcel.code(), "pickup-code");
    }

    /** The pickup window ends soon: a reminder (the code itself is not kept, so it is not repeated). */
    public void remind(Parcels.Waiting parcel) throws MessagingException {
        mail.sendNote(parcel.email(), "Reminder: your order " + parcel.reference() + " is waiting for you",
                "Hello " + parcel.customer() + ",\n\nyour order " + parcel.reference() + " is still waiting in "
                + "parcel locker " + parcel.locker() + ". Please collect it by " + mail.until(parcel.expiresAt())
                + " with the pickup code from our first e-mail; after that it goes back to the store."
                + (parcel.extended() ? "" : " If you need more time, ask the store to extend the pickup time once.")
                + "\n");
    }
}
