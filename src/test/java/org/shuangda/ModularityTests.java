package org.shuangda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.EventType;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module documentation (target/spring-modulith-docs) is generated from the code. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ShuangdaApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }

    /**
     * The events the next modules (credit, inspections, assessment, portal) listen to are published where the
     * documentation can see them: a {@code @DomainEvent} in the publishing module, created by its code.
     */
    @Test
    void theDocumentationListsEachModulesPublishedEvents() {
        Map<String, Set<String>> published = modules.stream().collect(Collectors.toMap(
                m -> m.getIdentifier().toString(), m -> m.getPublishedEvents().stream().map(EventType::getType)
                        .map(t -> t.getSimpleName()).collect(Collectors.toSet())));
        // cases::transfer and cases::publication are sub-packages of cases, documented with it
        assertThat(published.get("cases")).contains("CaseRegistered", "PenaltyDecided", "CaseClosed",
                "TransferHandedOver");
        assertThat(published.get("complaints")).contains("FilingClosed");
        assertThat(published.get("calendar")).contains("CalendarChanged");
        assertThat(published.get("shared")).contains("TipReferredToCases", "ClueRegistered", "ClueDecided");
    }
}
