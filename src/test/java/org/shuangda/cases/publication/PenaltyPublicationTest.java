package org.shuangda.cases.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangda.shared.InvalidInput;

/** Masking of persons and every publication step from every state. */
class PenaltyPublicationTest {

    static PenaltyPublication in(PublicationStatus status) {
        return new PenaltyPublication(1L, 2, 3, "/1/", "/140000/", "黎工商罚〔2026〕1号", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 30), "ENTITY", "黎城县某商贸有限公司", "91140426MA0XXXXX0X", "销售假冒商品",
                "《商标法》第六十条", "罚款人民币5,000.00元", "黎城县工商行政管理局", status, null, null, false, 0);
    }

    @Test
    void aPersonKeepsOnlyTheFamilyName() {
        assertThat(PartyMask.person("张建国")).isEqualTo("张**");
        assertThat(PartyMask.person("李婷")).isEqualTo("李*");
        assertThat(PartyMask.person("王")).isEqualTo("王*");
        assertThat(PartyMask.person("欧阳明月")).isEqualTo("欧***");
        assertThat(PartyMask.person(" ")).isEqualTo("*");
        assertThat(PartyMask.person("张**")).isEqualTo("张**");
    }

    @ParameterizedTest
    @EnumSource(PublicationStatus.class)
    void onlyAPendingRecordIsPublished(PublicationStatus status) {
        if (status == PublicationStatus.PENDING) {
            assertThatCode(() -> in(status).requireMayPublish()).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> in(status).requireMayPublish()).isInstanceOf(PublicationRefused.class);
        }
    }

    @ParameterizedTest
    @EnumSource(PublicationStatus.class)
    void onlyAPublishedRecordIsCorrectedOrWithdrawn(PublicationStatus status) {
        PenaltyPublication.Content changed = new PenaltyPublication.Content("黎城县某商贸有限公司", "销售假冒商品",
                "《商标法》第六十条第二款", "罚款人民币5,000.00元");
        if (status == PublicationStatus.PUBLISHED) {
            assertThatCode(() -> in(status).requireMayCorrect("条款有误", changed)).doesNotThrowAnyException();
            assertThatCode(() -> in(status).requireMayWithdraw("复议撤销")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> in(status).requireMayCorrect("条款有误", changed))
                    .isInstanceOf(PublicationRefused.class);
            assertThatThrownBy(() -> in(status).requireMayWithdraw("复议撤销")).isInstanceOf(PublicationRefused.class);
        }
    }

    @Test
    void aCorrectionNeedsAReasonAChangeAndEveryField() {
        PenaltyPublication p = in(PublicationStatus.PUBLISHED);
        assertThatThrownBy(() -> p.requireMayCorrect(" ", p.content())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> p.requireMayCorrect("更正", p.content())).hasMessageContaining("unchanged");
        assertThatThrownBy(() -> p.requireMayCorrect("更正", new PenaltyPublication.Content("x", "", "y", "z")))
                .hasMessageContaining("facts");
        assertThatThrownBy(() -> p.requireMayWithdraw(null)).hasMessageContaining("reason");
    }

    @Test
    void aPendingRecordPastItsDueDayIsOverdue() {
        assertThat(in(PublicationStatus.PENDING).isOverdue(LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(in(PublicationStatus.PENDING).isOverdue(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(in(PublicationStatus.PUBLISHED).isOverdue(LocalDate.of(2026, 4, 30))).isFalse();
    }
}
