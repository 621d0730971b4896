package org.shuangda.reporting;

import java.util.List;
import org.shuangda.shared.Actor;

/**
 * Report templates. Everyone who reports, reviews or manages templates reads them ({@code REPORT_SUBMIT},
 * {@code REPORT_REVIEW} or {@code TEMPLATE_MANAGE}, else 403); they are shared by all regions.
 */
public interface Templates {

    List<Template> list(Actor actor);

    Template get(Actor actor, long id);

    /** Every version of every template, the current ones first within each code. */
    List<TemplateVersion> versions(Actor actor);

    TemplateVersion version(Actor actor, long id);

    /**
     * The columns of figures that span several rounds (a campaign's dashboard, its summary, its roll-up): the
     * newest round's template version, then the indicators only older versions had, in their order. Figures are
     * summed by indicator code across versions, so an indicator kept by a new version continues its column and
     * one it dropped keeps the rounds that had it.
     */
    Template columnsFor(Actor actor, List<Round> rounds);
}
