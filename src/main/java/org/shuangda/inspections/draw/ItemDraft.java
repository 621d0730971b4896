package org.shuangda.inspections.draw;

import java.util.List;

/** What the office types for an item; {@code unitId} null: the actor's own unit. */
public record ItemDraft(Long unitId, String name, String legalBasis, String kind, List<String> checklist) {
}
