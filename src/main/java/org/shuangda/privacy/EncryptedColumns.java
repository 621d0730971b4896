package org.shuangda.privacy;

/**
 * Implemented by each module that keeps {@link PersonalDataCipher} ciphertexts in its tables: moves up to
 * {@code batch} of its rows that hold a value under another key than the current one (or, left by an earlier
 * version, still in clear) to the current key. {@link PersonalDataKeyRotation} calls every implementation, so
 * the SQL stays with the module that owns the table.
 */
public interface EncryptedColumns {

    /** What the rows are, for the audit trail ("filings", "case parties"). */
    String what();

    /** Re-encrypts up to {@code batch} rows under the current key; returns how many rows it moved. */
    int reencrypt(PersonalDataCipher cipher, int batch);
}
