package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pages of a draw's targets: 200 each, the asked page kept within those there are. */
class TargetPageTests {

    @Test
    void a_province_draw_is_shown_two_hundred_targets_a_page() {
        TargetPage third = TargetPage.of(3, 114_011);
        assertThat(third.pages()).isEqualTo(571);
        assertThat(third.firstNumber()).isEqualTo(401);
        assertThat(third.offset()).isEqualTo(400);
        assertThat(third.hasPrevious()).isTrue();
        assertThat(third.hasNext()).isTrue();
        TargetPage last = TargetPage.of(571, 114_011);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void a_page_out_of_range_shows_the_nearest_one() {
        assertThat(TargetPage.of(0, 150).page()).isEqualTo(1);
        assertThat(TargetPage.of(9, 150).page()).isEqualTo(1);
        assertThat(TargetPage.of(9, 150).pages()).isEqualTo(1);
        assertThat(TargetPage.of(1, 0).pages()).isEqualTo(1);
        assertThat(TargetPage.of(1, 0).hasNext()).isFalse();
    }
}
