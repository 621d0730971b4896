package org.shuangda.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.complaints.FilingEvent;
import org.shuangda.complaints.FilingEventKind;
import org.shuangda.complaints.FilingStatus;
import org.shuangda.complaints.Outcome;
import org.shuangda.complaints.PublicFilingView;
import org.shuangda.complaints.RefusalGround;
import org.shuangda.complaints.Track;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The one sentence the tracking page says about where a filing stands, from the real Chinese messages. */
class PublicStatusWordsTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 3, 2, 9, 36);

    PublicStatusWords words;

    @BeforeEach
    void chinese() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/complaints");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        words = new PublicStatusWords(messages);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    static PublicFilingView view(FilingStatus status, String unit, List<FilingEvent> history, Outcome outcome,
            RefusalGround ground, String caseNumber) {
        return new PublicFilingView("TS202603020000001", Track.REPORT, status, unit, "黎城县", history, outcome, ground,
                null, null, caseNumber, null, null, false);
    }

    static FilingEvent event(int minutes, FilingEventKind kind, String unit, String reason) {
        return new FilingEvent(T.plusMinutes(minutes), kind, FilingStatus.RECEIVED, unit, reason, null);
    }

    @Test
    void aTransferSaysWhereToAndWhy() {
        var history = List.of(event(0, FilingEventKind.RECEIVED, "黎城县工商行政管理局", null),
                event(5, FilingEventKind.REROUTED, "黎城县农业委员会", "涉及种子"));
        assertThat(words.of(view(FilingStatus.RECEIVED, "黎城县农业委员会", history, null, null, null)))
                .isEqualTo("已转办至 黎城县农业委员会（原因：涉及种子），待该单位受理");
        assertThat(words.of(view(FilingStatus.RECEIVED, "黎城县工商行政管理局", history.subList(0, 1), null, null, null)))
                .isEqualTo("已登记并分派至 黎城县工商行政管理局，待受理");
    }

    @Test
    void acceptedReferredRefusedAndClosedInWords() {
        var history = List.of(event(0, FilingEventKind.RECEIVED, "黎城县工商行政管理局", null));
        assertThat(words.of(view(FilingStatus.ACCEPTED, "黎城县工商行政管理局", history, null, null, null)))
                .isEqualTo("黎城县工商行政管理局 已受理，正在办理");
        assertThat(words.of(view(FilingStatus.REFERRED, "黎城县工商行政管理局", history, null, null, null)))
                .isEqualTo("已转为案件线索，黎城县工商行政管理局 正在核查");
        assertThat(words.of(view(FilingStatus.REFUSED, "黎城县工商行政管理局", history, null, RefusalGround.TIME_BARRED, null)))
                .isEqualTo("不予受理：超过时效");
        assertThat(words.of(view(FilingStatus.CLOSED, "黎城县工商行政管理局", history, Outcome.CASE_OPENED, null, null)))
                .isEqualTo("已立案");
        assertThat(words.of(view(FilingStatus.CLOSED, "黎城县工商行政管理局", history, Outcome.CASE_OPENED, null,
                "黎工商处〔2026〕3号"))).isEqualTo("已立案（案件编号：黎工商处〔2026〕3号）");
        assertThat(words.of(view(FilingStatus.CLOSED, "黎城县工商行政管理局", history, Outcome.NO_VIOLATION, null, null)))
                .isEqualTo("已办结：经核查未发现违法行为");
    }
}
