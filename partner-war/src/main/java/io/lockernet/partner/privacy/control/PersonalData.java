package io.lockernet.partner.privacy.control;

import io.lockernet.api.privacy.PersonalDataCipher;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This retailer's personal-data cipher, its keystore found under {@code lockernet.partner.keys-dir} (the launcher
 * sets it to {@code .lockernet/secrets}, apart from the databases). Without it nothing personal can be written: a
 * deployment whose key is missing says so at once instead of storing customers in clear.
 */
@ApplicationScoped
public class PersonalData {

    @Inject
    PartnerConfig config;

    @Inject
    @ConfigProperty(name = "lockernet.partner.keys-dir")
    Optional<String> keysDir;

    private volatile PersonalDataCipher cipher;

    /** {@code clear} sealed as a value of {@code column} ({@code table.column}). */
    public String seal(String clear, String column) {
        return cipher().seal(clear, column);
    }

    public String open(String stored, String column) {
        return cipher().open(stored, column);
    }

    /** {@link PersonalDataCipher#openOrMark}: a value that does not open reads as such instead of failing. */
    public String openOrMark(String stored, String column) {
        return cipher().openOrMark(stored, column);
    }

    public String lookupHash(String email) {
        return cipher().lookupHash(email);
    }

    public List<String> lookupHashes(String email) {
        return cipher().lookupHashes(email);
    }

    public int currentVersion() {
        return cipher().currentVersion();
    }

    private PersonalDataCipher cipher() {
        if (cipher == null) {
            cipher = PersonalDataCipher.of(keysDir, config.retailer());
        }
        return cipher;
    }
}
