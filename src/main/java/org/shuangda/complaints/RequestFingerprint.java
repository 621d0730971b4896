package org.shuangda.complaints;

import java.util.Objects;
import java.util.stream.Collectors;

/** A canonical text of a request, so the same body sent twice has the same hash whatever its JSON layout. */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(FilingRequest r) {
        String files = r.attachments().stream().map(u -> u.name() + "=" + QueryCodes.sha256(
                Objects.toString(u.contentBase64(), ""))).collect(Collectors.joining(","));
        return String.join("\u001f", Objects.toString(r.track(), ""), Objects.toString(r.channel(), ""),
                Objects.toString(r.category(), ""), Objects.toString(r.content(), ""),
                Objects.toString(r.regionCode(), ""), Objects.toString(r.targetName(), ""),
                Objects.toString(r.targetUscc(), ""), Objects.toString(r.filerKind(), ""),
                Objects.toString(r.anonymous(), ""), Objects.toString(r.filerName(), ""),
                Objects.toString(r.filerPhone(), ""), Objects.toString(r.filerIdNumber(), ""),
                Objects.toString(r.filerAddress(), ""), files);
    }
}
