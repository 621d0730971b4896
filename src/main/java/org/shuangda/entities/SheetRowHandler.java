package org.shuangda.entities;

/** Receives the rows of an uploaded sheet one at a time, so 100,000 rows never sit in a workbook object. */
@FunctionalInterface
interface SheetRowHandler {

    /**
     * @param rowNumber the row number a person sees in Excel (1 = first row)
     * @param cells     cell texts by column index; missing cells are null
     */
    void row(int rowNumber, java.util.List<String> cells);
}
