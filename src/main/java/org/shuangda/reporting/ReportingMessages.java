package org.shuangda.reporting;

import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds {@code messages/reporting} to the application's message basenames. Stop-gap: the basename belongs in
 * {@code spring.messages.basename} (application.yml, not this module's file); once it is there, delete
 * this class.
 */
@Component
class ReportingMessages {

    ReportingMessages(MessageSource messages) {
        if (messages instanceof AbstractResourceBasedMessageSource source
                && !source.getBasenameSet().contains("messages/reporting")) {
            source.addBasenames("messages/reporting");
        }
    }
}
