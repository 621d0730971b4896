package org.shuangda.credit.alerts;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.entities.EntityDraft;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.entities.Uscc;
import org.shuangda.shared.Actor;

/** Fresh market entities and credit facts for the alert and warning tests (never the demo's own entities). */
public final class AlertFixtures {

    public static final String LICHENG = "/140000/140400/140426/";
    public static final String PINGSHUN = "/140000/140400/140425/";
    static final Actor SYSTEM = Actor.system("测试");
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 900_000));

    private final MarketEntities entities;
    private final CreditFacts facts;

    public AlertFixtures(MarketEntities entities, CreditFacts facts) {
        this.entities = entities;
        this.facts = facts;
    }

    /** A valid USCC of an enterprise registered in {@code region} (six digits), unique per call. */
    public static String uscc(String region) {
        String org8 = String.format("%08d", 10_000_000 + SEQ.incrementAndGet() % 89_999_999);
        String org = org8 + Uscc.organizationCheckCharFor(org8);
        String first17 = "91" + region + org;
        return first17 + Uscc.checkCharFor(first17);
    }

    public MarketEntity entity(String name, String regionCode) {
        return entities.create(SYSTEM, new EntityDraft(name, uscc(regionCode), false, null, "ENTERPRISE",
                "测试地址1号", regionCode, "测试人", null, null, null, null));
    }

    public long fact(long entityId, CreditFactKind kind, String ref, LocalDate on, String regionPath,
            String summary) {
        return facts.record(SYSTEM, new NewCreditFact(entityId, kind, "credit", ref, on, null, regionPath, summary,
                Map.of(), DisplayTier.NOT_SHOWN, null, null)).orElseThrow();
    }
}
