package org.shuangda.assessment;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuangda.shared.UploadedFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence files: the rows here, the bytes in {@link UploadedFiles}' {@code assessment} folder (PDF, DOCX, XLSX, JPG,
 * PNG up to 20 MB, checked by extension and first bytes; removed again when the upload's transaction rolls back).
 */
@Repository
class RunEvidenceStore {

    private final JdbcClient jdbc;
    private final UploadedFiles files;

    RunEvidenceStore(JdbcClient jdbc, @Value("${shuangda.files.dir:${shuangda.embedded.data-dir:./data}/files}") String dir) {
        this.jdbc = jdbc;
        this.files = new UploadedFiles(dir, "assessment");
    }

    /** Checks and keeps an upload; an {@code InvalidInput} on {@code file} when its type or size is refused. */
    UploadedFiles.Stored store(String name, long size, InputStream content) {
        return files.store(name, size, content);
    }

    Path pathOf(Evidence.Version version) {
        return files.pathOf(version.key());
    }

    long insert(long runId, String title, String by, OffsetDateTime at) {
        return jdbc.sql("""
                insert into assessment_evidence (run_id, title, created_by, created_at) values (:r, :t, :by, :at)
                returning id""").param("r", runId).param("t", title).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    void addVersion(long evidenceId, UploadedFiles.Stored stored, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into assessment_evidence_version (evidence_id, version, file_name, content_type, size_bytes,
                                                         file_key, uploaded_by, uploaded_at)
                select :e, coalesce(max(version), 0) + 1, :name, :type, :size, :key, :by, :at
                  from assessment_evidence_version where evidence_id = :e""")
                .param("e", evidenceId).param("name", stored.name()).param("type", stored.contentType())
                .param("size", stored.size()).param("key", stored.key()).param("by", by).param("at", at).update();
    }

    void link(long evidenceId, List<Long> itemIds) {
        jdbc.sql("delete from assessment_evidence_item where evidence_id = :e").param("e", evidenceId).update();
        for (Long item : itemIds) {
            jdbc.sql("insert into assessment_evidence_item (evidence_id, item_id) values (:e, :i)").param("e", evidenceId)
                    .param("i", item).update();
        }
    }

    /** Locks the evidence row, so two new versions at once get numbers one after the other. */
    boolean lock(long evidenceId, long runId) {
        return jdbc.sql("select id from assessment_evidence where id = :e and run_id = :r for update")
                .param("e", evidenceId).param("r", runId).query(Long.class).optional().isPresent();
    }

    List<Evidence> ofRun(long runId) {
        List<Evidence> heads = jdbc.sql("select * from assessment_evidence where run_id = :r order by id")
                .param("r", runId).query((rs, n) -> new Evidence(rs.getLong("id"), rs.getLong("run_id"),
                        rs.getString("title"), List.of(), List.of(), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant())).list();
        if (heads.isEmpty()) {
            return heads;
        }
        String ids = heads.stream().map(e -> String.valueOf(e.id())).collect(Collectors.joining(",", "{", "}"));
        Map<Long, List<Evidence.Version>> versions = new HashMap<>();
        jdbc.sql("select * from assessment_evidence_version where evidence_id = any(cast(:ids as bigint[]))"
                        + " order by evidence_id, version").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("evidence_id"), new Evidence.Version(rs.getInt("version"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("file_key"), rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))).list()
                .forEach(e -> versions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Long>> items = new HashMap<>();
        jdbc.sql("select evidence_id, item_id from assessment_evidence_item where evidence_id = any(cast(:ids as bigint[]))"
                        + " order by evidence_id, item_id").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return heads.stream().filter(e -> versions.containsKey(e.id()))
                .map(e -> new Evidence(e.id(), e.runId(), e.title(), versions.get(e.id()),
                        items.getOrDefault(e.id(), List.of()), e.createdBy(), e.createdAt())).toList();
    }

    Optional<Evidence> find(long runId, long evidenceId) {
        return ofRun(runId).stream().filter(e -> e.id() == evidenceId).findFirst();
    }
}
