package org.shuangda.complaints;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A filing as a call-centre system, the hotline form or the public form sends it. Codes are text so an
 * unknown one answers 422 with the field and the allowed values rather than an unreadable 400.
 */
@Schema(description = "A complaint (投诉), tip (举报) or enquiry (咨询)")
public record FilingRequest(
        @Schema(description = "COMPLAINT, REPORT or ENQUIRY", example = "REPORT") String track,
        @Schema(description = "12315, 12365, 12330, 12312, 12390, WEB, LETTER, VISIT", example = "12315") String channel,
        @Schema(description = "TRADEMARK, PATENT, COPYRIGHT, COUNTERFEIT, FOOD, DRUG, AGRICULTURE, PRICE, QUALITY, OTHER (default)",
                example = "COUNTERFEIT") String category,
        @Schema(description = "What happened, at most 5000 characters") String content,
        @Schema(description = "GB/T 2260 code of the place of the matter", example = "140426") String regionCode,
        @Schema(description = "The business or person concerned") String targetName,
        @Schema(description = "Its unified social credit code, if known") String targetUscc,
        @Schema(description = "CONSUMER (default), RIGHTS_HOLDER or OTHER") String filerKind,
        @Schema(description = "An anonymous tip (REPORT only): no filer data is kept") Boolean anonymous,
        String filerName, String filerPhone, String filerIdNumber, String filerAddress,
        @Schema(description = "At most 3 files (PDF, JPG, PNG), each at most 10 MB") List<Upload> attachments) {

    public FilingRequest {
        attachments = attachments == null ? List.of() : attachments.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** An attached file; {@code contentBase64} on the API. */
    public record Upload(String name, String contentBase64) {

        byte[] bytes() {
            try {
                return contentBase64 == null ? new byte[0] : java.util.Base64.getMimeDecoder().decode(contentBase64);
            } catch (IllegalArgumentException e) {
                throw new org.shuangda.shared.InvalidInput("attachments", "filing.error.base64");
            }
        }
    }

    public FilingRequest withChannel(String newChannel) {
        return new FilingRequest(track, newChannel, category, content, regionCode, targetName, targetUscc, filerKind,
                anonymous, filerName, filerPhone, filerIdNumber, filerAddress, attachments);
    }
}
