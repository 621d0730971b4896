package org.shuangda.complaints.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.shuangda.complaints.FilingRequest;
import org.springframework.web.multipart.MultipartFile;

/** The public and the hotline form's fields, as typed. */
record FilingForm(String track, String channel, String category, String content, String regionCode,
        String targetName, String targetUscc, String filerKind, Boolean anonymous, String filerName,
        String filerPhone, String filerIdNumber, String filerAddress) {

    static FilingForm empty(String track) {
        return new FilingForm(track, null, null, null, null, null, null, "CONSUMER", false, null, null, null, null);
    }

    /** The same form with 发生地 preset (a blank form starts at a region). */
    FilingForm withRegion(String code) {
        return new FilingForm(track, channel, category, content, code, targetName, targetUscc, filerKind, anonymous,
                filerName, filerPhone, filerIdNumber, filerAddress);
    }

    FilingRequest toRequest(List<MultipartFile> files) {
        List<FilingRequest.Upload> uploads = files == null ? List.of() : files.stream()
                .filter(f -> f != null && !f.isEmpty())
                .map(f -> new FilingRequest.Upload(f.getOriginalFilename(), base64(f))).toList();
        return new FilingRequest(track, channel, category, content, regionCode, targetName, targetUscc, filerKind,
                anonymous, filerName, filerPhone, filerIdNumber, filerAddress, uploads);
    }

    private static String base64(MultipartFile file) {
        if (file.getSize() > 10L * 1024 * 1024 + 1) {
            // checked again after decoding; refuse early so a huge upload is not copied into memory twice
            throw new org.shuangda.shared.InvalidInput("attachments", "filing.error.fileTooLarge", 10);
        }
        try {
            return Base64.getEncoder().encodeToString(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
