package org.shuangda.reporting.templates;

import java.util.List;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.TemplateVersion;
import org.shuangda.reporting.Templates;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/** {@link Templates}: the templates as their readers see them. */
@Service
class TemplateCatalog implements Templates {

    private final TemplateStore store;

    TemplateCatalog(TemplateStore store) {
        this.store = store;
    }

    @Override
    public List<Template> list(Actor actor) {
        requireReader(actor);
        return store.ids().stream().map(store::load).toList();
    }

    @Override
    public Template get(Actor actor, long id) {
        if (!actor.can(Permission.REPORT_VIEW)) { // a leader reads the template of a submission he reads
            requireReader(actor);
        }
        return store.load(id);
    }

    @Override
    public List<TemplateVersion> versions(Actor actor) {
        requireReader(actor);
        return store.versions();
    }

    @Override
    public TemplateVersion version(Actor actor, long id) {
        return versions(actor).stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundProblem("template", id));
    }

    @Override
    public Template columnsFor(Actor actor, List<Round> rounds) {
        if (!actor.can(Permission.REPORT_VIEW)) { // a leader reads the columns of the rounds he reads, no more
            requireReader(actor);
        }
        return store.columnsFor(rounds);
    }

    private static void requireReader(Actor actor) {
        if (!actor.can(Permission.REPORT_SUBMIT) && !actor.can(Permission.REPORT_REVIEW)
                && !actor.can(Permission.TEMPLATE_MANAGE)) {
            throw new AccessDeniedProblem("missing permission REPORT_SUBMIT or REPORT_REVIEW");
        }
    }
}
