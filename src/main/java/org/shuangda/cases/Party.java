package org.shuangda.cases;

import org.shuangda.cases.CaseParty.PartyKind;

/**
 * A party as the case keeps it: an entity of the directory (name and USCC as they were when added) or a natural
 * person with the full ID number, which leaves this package only masked ({@link #shown()}).
 */
record Party(PartyKind kind, Long entityId, String name, String uscc, String idNumber, String address) {

    /** The party as pages, the API and documents show it. */
    CaseParty shown() {
        return new CaseParty(kind, entityId, name, uscc, CaseParty.mask(idNumber), address);
    }
}
