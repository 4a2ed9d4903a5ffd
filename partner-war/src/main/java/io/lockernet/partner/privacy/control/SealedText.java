package io.lockernet.partner.privacy.control;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;

/**
 * A column of personal data: the entity holds it in clear, the database only sealed, bound to its column (a value
 * moved to another column does not open). One subclass per column, since a converter is not told which it serves.
 */
public abstract class SealedText implements AttributeConverter<String, String> {

    private final String column;

    @Inject
    PersonalData personalData;

    protected SealedText(String column) {
        this.column = column;
    }

    @Override
    public String convertToDatabaseColumn(String clear) {
        return personalData.seal(clear, column);
    }

    /** A value that does not open reads as such ({@link PersonalData#openOrMark}), logged; a missing key fails. */
    @Override
    public String convertToEntityAttribute(String stored) {
        return personalData.openOrMark(stored, column);
    }

    /** {@code customer.name}. */
    @jakarta.persistence.Converter
    public static class CustomerName extends SealedText {
        public CustomerName() {
            super("customer.name");
        }
    }

    /** {@code customer.email}. */
    @jakarta.persistence.Converter
    public static class CustomerEmail extends SealedText {
        public CustomerEmail() {
            super("customer.email");
        }
    }

    /** {@code customer.phone}. */
    @jakarta.persistence.Converter
    public static class CustomerPhone extends SealedText {
        public CustomerPhone() {
            super("customer.phone");
        }
    }
}
