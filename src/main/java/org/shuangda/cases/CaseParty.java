package org.shuangda.cases;

import org.shuangda.entities.ResidentIdNumber;

/**
 * A party (当事人): a market entity of the directory (its name and USCC as they were when added) or a natural
 * person. A person's ID number leaves the store only masked ({@code 140426********1234}).
 *
 * @param entityId      the directory entity, for {@link PartyKind#ENTITY}
 * @param idNumberMasked for {@link PartyKind#PERSON}: the masked ID number
 */
public record CaseParty(PartyKind kind, Long entityId, String name, String uscc, String idNumberMasked,
        String address) {

    /** Entity or natural person. */
    public enum PartyKind {
        ENTITY,
        PERSON
    }

    /** The person's name as public texts show it: 张三 → 张某. */
    public String publicName() {
        if (kind == PartyKind.ENTITY || name == null || name.isEmpty()) {
            return name;
        }
        return name.substring(0, 1) + "某";
    }

    static String mask(String idNumber) {
        return ResidentIdNumber.mask(idNumber);
    }
}
