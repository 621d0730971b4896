package org.shuangda.cases;

import org.shuangda.cases.CaseParty.PartyKind;

/**
 * A party as the case keeps it: an entity of the directory (name and USCC as they were when added) or a natural
 * person with the full ID number, which leaves this package only masked ({@link #shown()}) or, for the case's
 * handling officer with a reason, through {@link PartyIdentity}. At rest the number is SM4 ciphertext ({@link
 * CaseStore} encrypts and decrypts it with the privacy module's cipher, field {@value #ID_NUMBER_FIELD}).
 */
record Party(PartyKind kind, Long entityId, String name, String uscc, String idNumber, String address) {

    /** The cipher's field name: binds the ciphertext to this column (a filer's ID number cannot be moved here). */
    static final String ID_NUMBER_FIELD = "casePartyIdNumber";

    /** The party as pages, the API and documents show it. */
    CaseParty shown() {
        return new CaseParty(kind, entityId, name, uscc, CaseParty.mask(idNumber), address);
    }
}
