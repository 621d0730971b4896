package org.shuangda.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A report template (报表表样): its indicators in order, rules, and whether its figures are cumulative. */
public record Template(long id, String code, String name, Figures figures, int version, boolean builtin,
        List<Indicator> indicators, List<Rule> rules) {

    public Template {
        indicators = List.copyOf(indicators);
        rules = List.copyOf(rules);
    }

    /** The indicators a person fills in (not the derived ones). */
    public List<Indicator> entered() {
        return indicators.stream().filter(i -> !i.derived()).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Map<Long, Indicator> byId() {
        return indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    public Set<String> codes() {
        return indicators.stream().map(Indicator::code).collect(Collectors.toSet());
    }
}
