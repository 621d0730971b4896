package org.shuangda.entities;

import org.shuangda.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Legal representatives' ID numbers at rest: SM4 ciphertext of the privacy module's key ring, in
 * {@code market_entity} and in the import staging table {@code entity_import_row} alike. Both use the same
 * field name as the cipher's associated data, so the import's bulk {@code insert … select} copies a staged
 * ciphertext into the directory as it is (no decryption in SQL, no clear number on the way). The database no
 * longer checks the number's length (V99 dropped it: a ciphertext is longer), so a number reaches the cipher
 * only after {@link EntityValidator} (or, for the staged rows, the upload's own check) has looked at it; a
 * directory value that is not a valid GB 11643 number is refused here as a bug, never stored.
 */
@Component
class LegalRepIdCipher {

    /** The cipher's associated data for this column, in both tables. */
    static final String FIELD = "market_entity.legal_rep_id_number";

    private final PersonalDataCipher cipher;

    LegalRepIdCipher(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** For {@code market_entity}: the validated number (18 characters, check character right) encrypted. */
    String encryptValid(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = ResidentIdNumber.normalize(number);
        // the validator checked it against today; here only that it is a well-formed number at all
        if (!ResidentIdNumber.check(n, java.time.LocalDate.of(2100, 12, 31)).valid()) {
            throw new IllegalArgumentException("a legal representative's ID number reached the store unvalidated");
        }
        return cipher.encrypt(FIELD, n);
    }

    /** For the staging table: whatever the upload held (a wrong number is shown to the uploader to fix). */
    String encryptAny(String value) {
        return cipher.encrypt(FIELD, value);
    }

    String decrypt(String stored) {
        return cipher.decrypt(FIELD, stored);
    }

    PersonalDataCipher cipher() {
        return cipher;
    }

    /** No key id: a value stored in clear before V99 (or written by hand). A clear number never holds ':'. */
    static boolean isClear(String stored) {
        return stored.indexOf(':') < 0;
    }
}
