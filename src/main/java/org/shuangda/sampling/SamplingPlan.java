package org.shuangda.sampling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A yearly sampling plan of a department: what kind, at which stages, the product categories with their batches,
 * test items and standards, the labs assigned, who samples (at least {@code samplersPerSample} people, art.11), and
 * the target in batches per 1,000 residents (food: shown against the region's {@code population}, which the office
 * enters; null when not set).
 */
public record SamplingPlan(long id, int year, String title, SamplingKind kind, long unitId, String unitName,
        String unitPath, String regionPath, Set<SamplingStage> stages, Integer population,
        BigDecimal targetPerThousand, int samplersPerSample, String note, List<Category> categories, List<Long> labIds,
        List<String> labNames, String createdBy, int version) {

    /** A product category of the plan: batches planned, test items (检验项目) and the standards they are judged by. */
    public record Category(int seq, String name, int batches, List<String> items, String standards) {

        public Category {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public SamplingPlan {
        stages = stages.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(stages));
        categories = categories == null ? List.of() : List.copyOf(categories);
        labIds = labIds == null ? List.of() : List.copyOf(labIds);
        labNames = labNames == null ? List.of() : List.copyOf(labNames);
    }

    /** Batches planned over every category. */
    public int plannedBatches() {
        return categories.stream().mapToInt(Category::batches).sum();
    }

    /** The target in batches (per 1,000 residents × population / 1,000), or null without both. */
    public Integer targetBatches() {
        if (population == null || targetPerThousand == null) {
            return null;
        }
        return targetPerThousand.multiply(BigDecimal.valueOf(population))
                .divide(BigDecimal.valueOf(1000), 0, java.math.RoundingMode.CEILING).intValue();
    }

    public java.util.Optional<Category> category(String name) {
        return categories.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
