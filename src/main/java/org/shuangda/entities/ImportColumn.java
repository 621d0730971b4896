package org.shuangda.entities;

import java.util.Optional;

/** The columns of the import template, in order: the header text people see and the draft field it fills. */
public enum ImportColumn {
    NAME("名称", "name"),
    USCC("统一社会信用代码", "uscc"),
    ENTITY_TYPE("主体类型", "entityType"),
    ADDRESS("地址", "address"),
    REGION_CODE("行政区划代码", "regionCode"),
    LEGAL_REPRESENTATIVE("法定代表人", "legalRepresentative"),
    LEGAL_REP_ID_NUMBER("法定代表人身份证号", "legalRepIdNumber"),
    CONTACT_PERSON("联系人", "contactPerson"),
    CONTACT_PHONE("联系电话", "contactPhone"),
    /** Optional column (templates made before it was asked for still import): 成立日期, yyyy-MM-dd. */
    ESTABLISHED_ON("成立日期", "establishedOn", false);

    private final String header;
    private final String field;
    private final boolean required;

    ImportColumn(String header, String field) {
        this(header, field, true);
    }

    ImportColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    /** Whether a sheet without this column is refused. */
    public boolean required() {
        return required;
    }

    public String header() {
        return header;
    }

    public String field() {
        return field;
    }

    /**
     * Matches a header cell leniently, as offices edit templates: blanks, a leading {@code *} for "required",
     * full-width brackets with a note ("名称(必填)") and the UTF-8 byte-order mark are ignored.
     */
    static Optional<ImportColumn> ofHeader(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String h = cell.replace("\uFEFF", "").replaceAll("[\\s*＊]", "").replaceAll("[(（].*$", "");
        for (ImportColumn column : values()) {
            if (column.header.equals(h)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static EntityDraft draft(String[] cells) {
        return new EntityDraft(cells[0], cells[1], false, null, cells[2], cells[3], cells[4], cells[5], cells[6],
                cells[7], cells[8], null, cells[9]);
    }
}
