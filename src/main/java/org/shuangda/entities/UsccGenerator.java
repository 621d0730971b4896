package org.shuangda.entities;

import java.util.Random;

/**
 * Makes valid, invented codes for demo data and benchmarks: the authority and type characters of the entity
 * type (91 企业, 92 个体工商户, …), the region code, an organisation code with a correct GB 11714 check character and a
 * correct USCC check character. Deterministic for a seeded {@link Random}. Never use for real registrations.
 */
public final class UsccGenerator {

    private static final String ORG_BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final Random random;

    public UsccGenerator(Random random) {
        this.random = random;
    }

    public String next(EntityType type, String regionCode) {
        if (regionCode == null || regionCode.length() != 6 || !regionCode.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("region code must be 6 digits: " + regionCode);
        }
        String first17 = type.usccPrefix() + regionCode + organizationCode();
        return first17 + Uscc.checkCharFor(first17);
    }

    /** Eight characters and the GB 11714 check: 11 − (Σ mod 11), 10 → X, 11 → 0. */
    private String organizationCode() {
        StringBuilder body = new StringBuilder(9);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = ORG_BODY_CHARS.charAt(random.nextInt(i == 0 ? 10 : ORG_BODY_CHARS.length()));
            body.append(c);
            sum += Character.digit(c, 36) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        body.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        return body.toString();
    }
}
