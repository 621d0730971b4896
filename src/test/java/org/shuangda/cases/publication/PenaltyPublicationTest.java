package org.shuangda.cases.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangda.shared.InvalidInput;

/** Masking of persons and every publication step from every state, as {@link PublicationAction} declares them. */
class PenaltyPublicationTest {

    static PenaltyPublication in(PublicationStatus status) {
        return new PenaltyPublication(1L, 2, 3, "黎工商罚〔2026〕1号", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 30), "ENTITY", "91140426MA0XXXXX0X", "黎城县工商行政管理局",
                new PenaltyPublication.Content("黎城县某商贸有限公司", "销售假冒商品", "《商标法》第六十条", "罚款人民币5,000.00元"),
                status, null, null, false, 0);
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
        Instant at = Instant.parse("2026-03-10T02:00:00Z");
        assertThat(PublicationAction.PUBLISH.possibleIn(status)).isEqualTo(status == PublicationStatus.PENDING);
        if (status == PublicationStatus.PENDING) {
            PenaltyPublication published = in(status).published(at, "office");
            assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
            assertThat(published.publishedAt()).isEqualTo(at);
            assertThat(published.publishedBy()).isEqualTo("office");
        } else {
            assertThatThrownBy(() -> in(status).published(at, "office")).isInstanceOf(PublicationRefused.class);
        }
    }

    @ParameterizedTest
    @EnumSource(PublicationStatus.class)
    void onlyAPublishedRecordIsCorrectedOrWithdrawn(PublicationStatus status) {
        PenaltyPublication.Content changed = new PenaltyPublication.Content("黎城县某商贸有限公司", "销售假冒商品",
                "《商标法》第六十条第二款", "罚款人民币5,000.00元");
        assertThat(PublicationAction.CORRECT.possibleIn(status)).isEqualTo(status == PublicationStatus.PUBLISHED);
        assertThat(PublicationAction.WITHDRAW.possibleIn(status)).isEqualTo(status == PublicationStatus.PUBLISHED);
        if (status == PublicationStatus.PUBLISHED) {
            PenaltyPublication corrected = in(status).corrected("条款有误", changed);
            assertThat(corrected.content()).isEqualTo(changed);
            assertThat(corrected.corrected()).isTrue();
            assertThat(corrected.status()).isEqualTo(PublicationStatus.PUBLISHED);
            assertThat(in(status).withdrawn("复议撤销").status()).isEqualTo(PublicationStatus.WITHDRAWN);
        } else {
            assertThatThrownBy(() -> in(status).corrected("条款有误", changed)).isInstanceOf(PublicationRefused.class);
            assertThatThrownBy(() -> in(status).withdrawn("复议撤销")).isInstanceOf(PublicationRefused.class);
        }
    }

    @Test
    void aCorrectionNeedsAReasonAChangeAndEveryField() {
        PenaltyPublication p = in(PublicationStatus.PUBLISHED);
        assertThatThrownBy(() -> p.corrected(" ", p.content())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> p.corrected("更正", p.content())).hasMessageContaining("unchanged");
        assertThatThrownBy(() -> p.corrected("更正", new PenaltyPublication.Content("x", "", "y", "z")))
                .hasMessageContaining("facts");
        assertThatThrownBy(() -> p.withdrawn(null)).hasMessageContaining("reason");
    }

    @Test
    void aCorrectedPersonStaysMaskedAndOnlyAPendingRecordIsRedated() {
        PenaltyPublication person = new PenaltyPublication(1L, 2, 3, "黎工商罚〔2026〕2号", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 30), "PERSON", null, "黎城县工商行政管理局",
                new PenaltyPublication.Content("张**", "销售假冒商品", "《商标法》第六十条", "罚款人民币500.00元"),
                PublicationStatus.PUBLISHED, null, null, false, 0);
        assertThat(person.corrected("当事人姓名有误", new PenaltyPublication.Content(" 李建国 ", "销售假冒商品",
                "《商标法》第六十条", "罚款人民币500.00元")).content().partyName()).isEqualTo("李**");
        assertThat(in(PublicationStatus.PENDING).redated(LocalDate.of(2026, 3, 31)).dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> person.redated(LocalDate.of(2026, 3, 31))).isInstanceOf(PublicationRefused.class);
    }

    @Test
    void aPendingRecordPastItsDueDayIsOverdue() {
        assertThat(in(PublicationStatus.PENDING).isOverdue(LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(in(PublicationStatus.PENDING).isOverdue(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(in(PublicationStatus.PUBLISHED).isOverdue(LocalDate.of(2026, 4, 30))).isFalse();
    }
}
