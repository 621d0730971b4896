package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Duplicates are chosen within the actor's scope before the ten most alike are kept (issue 10's defect). */
@WebTest
class DuplicatesTests {

    @Autowired DemoUsers demo;
    @Autowired FilingIntake intake;
    @Autowired Filings filings;
    @Autowired Duplicates duplicates;

    @Test
    void anInScopeDuplicateIsFoundBehindTenOutOfScopeOnes() {
        String uscc = FilingFixtures.validUscc("9114042" + ThreadLocalRandom.current().nextLong(1_000_000_000L,
                10_000_000_000L));
        String text = "重复测试：该店销售假冒知名品牌白酒，包装粗糙，价格明显低于市场价，仓库在店铺后院。";
        long target = file("licheng.agent", FilingFixtures.LICHENG, uscc, text);
        List<Long> elsewhere = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // the same business and text in the other county: more alike than the one in scope
            elsewhere.add(file("pingshun.agent", FilingFixtures.PINGSHUN, uscc, text));
        }
        long inScope = file("licheng.agent", FilingFixtures.LICHENG, uscc,
                "重复测试：该店销售假冒知名品牌白酒，价格明显低于市场价。");

        Actor officer = demo.actor("licheng.officer");
        assertThat(ids(officer, target)).contains(inScope).doesNotContainAnyElementsOf(elsewhere);
        // for the city, which sees both counties, the ten elsewhere are the ten most alike
        assertThat(ids(demo.actor("changzhi.office"), target)).containsExactlyInAnyOrderElementsOf(elsewhere);
    }

    private List<Long> ids(Actor actor, long filing) {
        return duplicates.of(actor, filings.get(actor, filing).filing()).stream().map(c -> c.filing().id())
                .toList();
    }

    private long file(String agent, String region, String uscc, String content) {
        return intake.fromAgent(demo.actor(agent), new FilingRequest("REPORT", "12315", "COUNTERFEIT", content,
                region, "重复测试烟酒店", uscc, "CONSUMER", true, null, null, null, null, null)).id();
    }
}
