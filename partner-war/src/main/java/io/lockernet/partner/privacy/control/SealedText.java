package io.lockernet.partner.privacy.control;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A column of personal data: the entity holds it in clear, the database only sealed, bound to its column (a value
 * moved to another column does not open). One subclass per column, since a converter is not told which it serves.
 */
public abstract class SealedText implements AttributeConverter<String, String> {

    /** What is shown for a sealed value that does not open. */
    public static final String UNREADABLE = "(sealed, does not open)";
    private static final Logger LOG = Logger.getLogger(SealedText.class.getName());

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

    /**
     * A value that does not open (altered in the database, moved from another column, or written in clear where sealed
     * data belongs) reads as {@link #UNREADABLE}, logged, so that one such row does not take every list it is in down
     * with it. (A missing key is no such row: that still fails.)
     */
    @Override
    public String convertToEntityAttribute(String stored) {
        try {
            return personalData.open(stored, column);
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "a sealed value of {0} does not open: {1}", new Object[] {column, e.getMessage()});
            return UNREADABLE;
        }
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
