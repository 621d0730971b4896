package org.shuangda.entities;

import java.time.OffsetDateTime;

/** An uploaded file waiting for review (PREVIEW) or imported (COMMITTED), with its row counts. */
public record ImportBatch(long id, String fileName, int rowCount, int errorRows, String status,
        OffsetDateTime createdAt) {

    public int validRows() {
        return rowCount - errorRows;
    }

    public boolean committed() {
        return "COMMITTED".equals(status);
    }

    public boolean canCommit() {
        return !committed() && errorRows == 0 && rowCount > 0;
    }
}
