package org.shuangda.publicity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A publicity activity as pages and the API show it, with its photos (without their bytes). */
public record PublicityActivity(long id, long unitId, String unitName, Long campaignId, String campaignTitle,
        LocalDate heldOn, PublicityKind kind, String title, String place, int materials, int attendance, long reach,
        String note, List<Photo> photos, String createdBy, int version, LocalDateTime updatedAt) {

    /** A photo: its name, type and size; the bytes at {@code /publicity/{id}/photos/{photoId}}. */
    public record Photo(long id, String name, String contentType, int sizeBytes) {
    }
}
