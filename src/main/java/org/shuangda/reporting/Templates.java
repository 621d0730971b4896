package org.shuangda.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Report templates. Everyone who reports or reviews reads them; they are shared by all regions. */
@Service
public class Templates {

    private final JdbcClient jdbc;

    Templates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Template> list() {
        requireReader();
        return jdbc.sql("select id from report_template order by builtin desc, code").query(Long.class).list()
                .stream().map(this::load).toList();
    }

    public Template get(long id) {
        requireReader();
        return load(id);
    }

    /** Every version of every template, the current ones first within each code. */
    public List<TemplateVersion> versions() {
        requireReader();
        return jdbc.sql("""
                select t.id, t.code, t.name, t.version, t.builtin, t.current, t.based_on, t.changed_at, t.changed_by,
                       (select count(*) from report_round o where o.template_id = t.id) as rounds
                  from report_template t order by t.builtin desc, t.code, t.version desc""")
                .query((rs, n) -> new TemplateVersion(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("version"), rs.getBoolean("builtin"), rs.getBoolean("current"),
                        rs.getObject("based_on", Long.class), rs.getInt("rounds"),
                        rs.getObject("changed_at", java.time.OffsetDateTime.class), rs.getString("changed_by")))
                .list();
    }

    public TemplateVersion version(long id) {
        return versions().stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundProblem("template", id));
    }

    /**
     * The columns of figures that span several rounds (a campaign's dashboard, its summary, its roll-up): the
     * newest round's template version, then the indicators only older versions had, in their order. Figures are
     * summed by indicator code across versions, so an indicator kept by a new version continues its column and
     * one it dropped keeps the rounds that had it.
     */
    public Template columnsFor(List<Round> rounds) {
        requireReader();
        return forRounds(rounds);
    }

    /** {@link #columnsFor} without a permission check, for services that already checked theirs. */
    Template forRounds(List<Round> rounds) {
        List<Long> ids = rounds.stream().map(Round::templateId).distinct().toList();
        Template newest = load(rounds.get(rounds.size() - 1).templateId());
        if (ids.size() == 1) {
            return newest;
        }
        List<Indicator> columns = new java.util.ArrayList<>(newest.indicators());
        java.util.Set<String> codes = new java.util.HashSet<>(newest.codes());
        for (long id : ids) {
            if (id == newest.id()) {
                continue;
            }
            for (Indicator indicator : load(id).indicators()) {
                if (codes.add(indicator.code())) {
                    columns.add(indicator);
                }
            }
        }
        return new Template(newest.id(), newest.code(), newest.name(), newest.figures(), newest.version(),
                newest.builtin(), columns, newest.rules());
    }

    /** Without a permission check, for services that already checked theirs. */
    Template load(long id) {
        Template header = jdbc.sql("select id, code, name, figures, version, builtin from report_template where id = :id")
                .param("id", id)
                .query((rs, n) -> new Template(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        Figures.valueOf(rs.getString("figures")), rs.getInt("version"), rs.getBoolean("builtin"),
                        List.of(), List.of()))
                .optional().orElseThrow(() -> new NotFoundProblem("template", id));
        List<Indicator> indicators = jdbc.sql("""
                select id, code, name, measure, value_type, formula, breakdowns, sort_order
                  from report_indicator where template_id = :id order by sort_order, id""")
                .param("id", id).query(Templates::indicator).list();
        List<Rule> rules = jdbc.sql("""
                select id, code, expression, severity, message_zh, message_en
                  from report_rule where template_id = :id order by id""")
                .param("id", id).query((rs, n) -> new Rule(rs.getLong("id"), rs.getString("code"),
                        rs.getString("expression"), Severity.valueOf(rs.getString("severity")),
                        rs.getString("message_zh"), rs.getString("message_en")))
                .list();
        return new Template(header.id(), header.code(), header.name(), header.figures(), header.version(),
                header.builtin(), indicators, rules);
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        Array breakdowns = rs.getArray("breakdowns");
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("measure"),
                ValueType.valueOf(rs.getString("value_type")), rs.getString("formula"),
                breakdowns == null ? List.of() : Arrays.asList((String[]) breakdowns.getArray()),
                rs.getInt("sort_order"));
    }

    static void requireReader() {
        Actor actor = Actors.require();
        if (!actor.can(Permission.REPORT_SUBMIT) && !actor.can(Permission.REPORT_REVIEW)
                && !actor.can(Permission.TEMPLATE_MANAGE)) {
            throw new org.shuangda.shared.AccessDeniedProblem("missing permission REPORT_SUBMIT or REPORT_REVIEW");
        }
    }
}
