package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up warning's test: is the anchor file inside the database's data folder? */
class AnchorPlacementTest {

    @Test
    void aFileInsideTheDataFolderOrBelowItIsFound(@TempDir Path tmp) {
        Path data = tmp.resolve("pgdata");
        assertThat(AnchorLifecycle.misplaced(data.resolve("audit-anchors.txt"), List.of(data))).contains(data);
        assertThat(AnchorLifecycle.misplaced(data.resolve("base/x/../anchors.txt"), List.of(tmp.resolve("other"), data)))
                .contains(data);
    }

    @Test
    void aFileBesideTheDataFolderIsNot(@TempDir Path tmp) {
        Path data = tmp.resolve("pgdata");
        assertThat(AnchorLifecycle.misplaced(tmp.resolve("pgdata-anchors.txt"), List.of(data))).isEmpty();
        assertThat(AnchorLifecycle.misplaced(tmp.resolve("worm/anchors.txt"), List.of(data))).isEmpty();
        assertThat(AnchorLifecycle.misplaced(tmp.resolve("anchors.txt"), List.of())).isEmpty();
    }

    @Test
    void aLinkIntoTheDataFolderIsFollowed(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("pgdata"));
        Path link = Files.createSymbolicLink(tmp.resolve("looks-elsewhere"), data);
        assertThat(AnchorLifecycle.misplaced(link.resolve("anchors.txt"), List.of(data))).isPresent();
    }
}
