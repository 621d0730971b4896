package org.shuangda.campaigns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.Campaign.Member;
import org.shuangda.campaigns.Campaign.Phase;
import org.shuangda.campaigns.TaskForm;
import org.springframework.util.MultiValueMap;

/**
 * Reads the campaign and task forms. Phase rows arrive as parallel lists (a row left blank is ignored);
 * focus lists are text areas, one entry per line or separated by 、,,;. A date or number that does not
 * parse is kept as "missing" so the validator names the field.
 */
final class CampaignFormReader {

    private CampaignFormReader() {
    }

    static Campaign campaign(Long id, MultiValueMap<String, String> p, List<Member> members) {
        List<String> names = p.getOrDefault("phaseName", List.of());
        List<String> starts = p.getOrDefault("phaseStartsOn", List.of());
        List<String> ends = p.getOrDefault("phaseEndsOn", List.of());
        List<String> descriptions = p.getOrDefault("phaseDescription", List.of());
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = at(names, i);
            if (name.isBlank() && at(starts, i).isBlank() && at(ends, i).isBlank() && at(descriptions, i).isBlank()) {
                continue;
            }
            phases.add(new Phase(name, date(at(starts, i)), date(at(ends, i)), at(descriptions, i)));
        }
        String version = p.getFirst("version");
        return new Campaign(id, p.getFirst("title"), p.getFirst("docNumber"), number(p.getFirst("issuingUnitId")),
                p.getFirst("regionCode"), date(p.getFirst("startsOn")), date(p.getFirst("endsOn")),
                p.getFirst("guidingIdea"), p.getFirst("goals"), number(p.getFirst("leadingGroupId")),
                number(p.getFirst("officeUnitId")), p.getFirst("officeContact"), p.getFirst("officePhone"),
                list(p.getFirst("rightsTypes")), list(p.getFirst("keyProducts")), list(p.getFirst("keyAreas")),
                list(p.getFirst("keyDomains")), null, null, phases, members,
                version == null || !version.matches("\\d{1,9}") ? 0 : Integer.parseInt(version));
    }

    /** The seat rows of the campaign form; a row without post, person and title is left out. */
    static List<Member> members(MultiValueMap<String, String> p) {
        List<String> positions = p.getOrDefault("memberPosition", List.of());
        List<String> persons = p.getOrDefault("memberPerson", List.of());
        List<String> titles = p.getOrDefault("memberTitle", List.of());
        List<String> units = p.getOrDefault("memberUnitId", List.of());
        List<Member> members = new ArrayList<>();
        int rows = Math.max(Math.max(positions.size(), persons.size()), Math.max(titles.size(), units.size()));
        for (int i = 0; i < rows; i++) {
            if (at(positions, i).isBlank() && at(persons, i).isBlank() && at(titles, i).isBlank()) {
                continue;
            }
            org.shuangda.organization.LeadingGroup.Position position;
            try {
                position = at(positions, i).isBlank() ? null
                        : org.shuangda.organization.LeadingGroup.Position.valueOf(at(positions, i).strip());
            } catch (IllegalArgumentException e) {
                position = null;
            }
            members.add(new Member(position, blankToNull(at(persons, i)), at(titles, i).strip(), number(at(units, i))));
        }
        return members;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static TaskForm task(MultiValueMap<String, String> p) {
        List<Long> cooperators = p.getOrDefault("cooperatorIds", List.of()).stream()
                .map(CampaignFormReader::number).filter(java.util.Objects::nonNull).toList();
        String version = p.getFirst("version");
        String every = p.getFirst("progressEveryWorkingDays");
        return new TaskForm(p.getFirst("section"), p.getFirst("title"), p.getFirst("description"),
                number(p.getFirst("leadUnitId")), cooperators, date(p.getFirst("dueOn")),
                "true".equals(p.getFirst("supervised")) || "on".equals(p.getFirst("supervised")),
                every == null || !every.strip().matches("-?\\d{1,6}") ? null : Integer.valueOf(every.strip()),
                version == null || !version.matches("\\d{1,9}") ? 0 : Integer.parseInt(version));
    }

    /** The text area form of a focus list. */
    static String lines(List<String> values) {
        return String.join("\n", values);
    }

    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\n、,,;;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    static Long number(String value) {
        return value == null || !value.strip().matches("\\d{1,18}") ? null : Long.valueOf(value.strip());
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
