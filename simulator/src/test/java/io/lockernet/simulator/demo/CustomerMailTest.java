package io.lockernet.simulator.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.simulator.demo.CustomerMail.Kind;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The codes, lockers and orders read out of the Partner's e-mails, in the words partner-war writes them. */
class CustomerMailTest {

    /** As partner-war's PickupCodeMail writes it. */
    static final String PICKUP = "Hello Marge Simpson,\n\nyour order DEMO-acme-springfield-003 is waiting for you in "
            + "parcel locker L-0006.\n\nPickup code: 048213\n\nType the code on the locker's keypad (or show the QR "
            + "code to its scanner) and the door opens. Please collect the order by Friday 4 December 2026, 12:00 "
            + "(UTC).\n";

    /** As partner-war's ReturnCodeMail writes it. */
    static final String RETURN = "Hello Ned Flanders,\n\nyou can return your order A-1001 at parcel locker L-0004: "
            + "compartment B2 is kept free for it.\n\nReturn code: 7730921\n\nType the code on the locker's keypad (or "
            + "show the QR code to its scanner), put the parcel in and close the door. The code works once, until "
            + "Sunday 6 December 2026, 12:00 (UTC).\n";

    /** As PickupCodeMail writes a reminder: no code in it. */
    static final String REMINDER = "Hello Marge Simpson,\n\nyour order DEMO-acme-springfield-003 is still waiting in "
            + "parcel locker L-0006. Please collect it by Friday 4 December 2026, 12:00 (UTC) with the pickup code "
            + "from our first e-mail; after that it goes back to the store.\n";

    @Test
    void aPickupMailTellsTheCodeTheLockerAndTheOrder() {
        assertEquals(Optional.of(new CustomerMail(Kind.PICKUP, "L-0006", "048213", "DEMO-acme-springfield-003")),
                CustomerMail.parse(PICKUP));
    }

    @Test
    void aReturnMailTellsTheReturnCode() {
        assertEquals(Optional.of(new CustomerMail(Kind.RETURN, "L-0004", "7730921", "A-1001")),
                CustomerMail.parse(RETURN));
    }

    @Test
    void aReminderHasNothingToType() {
        assertEquals(Optional.empty(), CustomerMail.parse(REMINDER));
    }

    @Test
    void theTextComesOutOfTheMailWithItsQrCodeAndAnEncodedName() throws Exception {
        String text = PICKUP.replace("Marge Simpson", "Zoë Łukasiewicz");
        MimeMessage sent = new MimeMessage(Session.getInstance(new Properties()));
        sent.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("zoe@example.com"));
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart qr = new MimeBodyPart();
        qr.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                "image/png")));
        qr.setFileName("pickup-code.png");
        sent.setContent(new MimeMultipart("mixed", plain, qr));
        sent.saveChanges();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        sent.writeTo(wire);

        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(wire.toByteArray()));
        String read = CustomerMail.text(received);

        assertTrue(read.contains("Zoë Łukasiewicz"), read);
        assertEquals("048213", CustomerMail.parse(read).orElseThrow().code());
    }

    @Test
    void theCodeStaysOutOfTheLog() {
        CustomerMail mail = CustomerMail.parse(PICKUP).orElseThrow();

        assertFalse(mail.toString().contains("048213"), mail.toString());
        assertFalse(mail.describe().contains("048213"), mail.describe());
    }
}
