package org.shuangda.complaints;

import java.util.List;

/** A request that passed every check, normalised. */
record ValidFiling(Track track, Channel channel, Category category, String content, String regionCode,
        String targetName, String targetUscc, FilerKind filerKind, boolean anonymous, String filerName,
        String filerPhone, String filerIdNumber, String filerAddress, List<FilingFiles.Checked> files) {
}
