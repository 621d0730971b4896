package org.shuangda.leadership;

import org.shuangda.shared.InvalidInput;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A step the meeting's state does not allow (e.g. editing issued minutes): a 422 naming the state. */
public class MeetingRefused extends InvalidInput {

    public MeetingRefused(String code, MeetingStatus status) {
        // the state in the reader's language (MessageSource resolves a resolvable argument)
        super("status", code, new DefaultMessageSourceResolvable("meetingStatus." + status.name()));
    }
}
