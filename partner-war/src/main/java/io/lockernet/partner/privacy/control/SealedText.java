package io.lockernet.partner.privacy.control;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A column of personal data: the entity holds it in clear, the database only sealed. */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    @Inject
    PersonalData personalData;

    @Override
    public String convertToDatabaseColumn(String clear) {
        return personalData.seal(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return personalData.open(stored);
    }
}
