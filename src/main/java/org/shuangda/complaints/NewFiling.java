package org.shuangda.complaints;

/** A validated filing ready to insert, personal data already encrypted and masked. */
record NewFiling(String trackingNo, String queryCodeHash, Track track, Channel channel, Category category,
        String content, String regionCode, String targetName, String targetUscc, FilerKind filerKind,
        boolean anonymous, String nameCipher, String phoneCipher, String idCipher, String addressCipher,
        String nameMasked, String phoneMasked, long unitId, Long clientUserId, String idempotencyKey,
        String requestHash, String replayCode, String sourceIp, String createdBy, Long splitFromId) {
}
