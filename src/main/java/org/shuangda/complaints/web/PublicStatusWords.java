package org.shuangda.complaints.web;

import java.util.List;
import java.util.Locale;
import org.shuangda.complaints.FilingEvent;
import org.shuangda.complaints.FilingEventKind;
import org.shuangda.complaints.Outcome;
import org.shuangda.complaints.PublicFilingView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where a filing stands, in one sentence a citizen understands: "已转办至 黎城县农业委员会（原因：涉及种子），待该单位受理",
 * "已立案", "不予受理：超过时效". The status word alone ("已登记，待受理") hid a transfer and its reason.
 */
@Component
class PublicStatusWords {

    private final MessageSource messages;

    PublicStatusWords(MessageSource messages) {
        this.messages = messages;
    }

    String of(PublicFilingView v) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (v.status()) {
            case RECEIVED -> lastRouting(v.history())
                    .filter(e -> e.kind() == FilingEventKind.REROUTED)
                    .map(e -> text("filing.public.now.REROUTED", locale, orDash(e.unitName()), orDash(e.reason())))
                    .orElseGet(() -> text("filing.public.now.RECEIVED", locale, orDash(v.unitName())));
            case ACCEPTED -> text("filing.public.now.ACCEPTED", locale, orDash(v.unitName()));
            case REFERRED -> text("filing.public.now.REFERRED", locale, orDash(v.unitName()));
            case REFUSED -> v.refusalGround() == null ? text("filing.status.REFUSED", locale)
                    : text("filing.public.now.REFUSED", locale,
                            text("filing.refusal." + v.refusalGround().name(), locale));
            case MERGED -> text("filing.public.now.MERGED", locale, orDash(v.mergedIntoNo()));
            case CLOSED -> closed(v, locale);
        };
    }

    private String closed(PublicFilingView v, Locale locale) {
        if (v.outcome() == Outcome.CASE_OPENED) {
            return v.caseNumber() == null ? text("filing.public.now.CASE_OPENED", locale)
                    : text("filing.public.now.CASE_OPENED_NO", locale, v.caseNumber());
        }
        if (v.outcome() == null) {
            return text("filing.status.CLOSED", locale);
        }
        return text("filing.public.now.CLOSED", locale, text("filing.outcome." + v.outcome().name(), locale));
    }

    /** The latest event that placed the filing with a unit (registered there or transferred there). */
    private static java.util.Optional<FilingEvent> lastRouting(List<FilingEvent> history) {
        FilingEvent last = null;
        for (FilingEvent e : history) {
            if (e.kind() == FilingEventKind.RECEIVED || e.kind() == FilingEventKind.REROUTED) {
                if (last == null || !e.at().isBefore(last.at())) {
                    last = e;
                }
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
