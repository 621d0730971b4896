package org.shuangda.campaigns;

import java.io.InputStream;
import java.nio.file.Path;
import org.shuangda.campaigns.TaskProgress.Attachment;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Progress attachments: {@link UploadedFiles} in the {@code campaigns} folder (PDF, DOCX, XLSX, JPG, PNG up
 * to 20 MB, checked by extension and first bytes; removed again when the report's transaction rolls back).
 */
@Component
public class AttachmentStore {

    public static final long MAX_BYTES = UploadedFiles.MAX_BYTES;

    private final UploadedFiles files;

    AttachmentStore(@Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String dir) {
        this.files = new UploadedFiles(dir, "campaigns");
    }

    /** Checks and stores an upload; throws {@link InvalidInput} on the field {@code file} if refused. */
    public Attachment store(String originalName, long size, InputStream content) {
        UploadedFiles.Stored stored = files.store(originalName, size, content);
        return new Attachment(stored.name(), stored.contentType(), stored.size(), stored.key());
    }

    /** The stored file of {@code attachment}; callers check scope first. */
    public Path pathOf(Attachment attachment) {
        return files.pathOf(attachment.key());
    }
}
