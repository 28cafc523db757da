package jp.lg.platform.procedures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.lg.platform.core.web.FileUpload;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The files of applications inside a town's tenant (row-level security keeps them there). */
final class ApplicationFileStore {

    private static final String COLUMNS = "id, attachment_code, filename, content_type, size_bytes, sha256, uploaded_by,"
            + " uploaded_at";

    private final Handle h;

    ApplicationFileStore(Handle h) {
        this.h = h;
    }

    ApplicationFile insert(Application a, String attachmentCode, FileUpload file, String uploadedBy, Instant at) {
        UUID id = UUID.randomUUID();
        h.createUpdate("insert into application_files (id, application_id, tenant_code, attachment_code, filename,"
                        + " content_type, size_bytes, sha256, content, uploaded_by, uploaded_at) values (:id, :application,"
                        + " :town, :code, :filename, :type, :size, :sha256, :content, :by, :at)")
                .bind("id", id).bind("application", a.id()).bind("town", a.town()).bind("code", attachmentCode)
                .bind("filename", file.name()).bind("type", file.type().contentType()).bind("size", file.content().length)
                .bind("sha256", file.sha256()).bind("content", file.content()).bind("by", uploadedBy).bind("at", at)
                .execute();
        return find(a.id(), id).orElseThrow();
    }

    /** The application's files, oldest first. */
    List<ApplicationFile> of(UUID application) {
        return h.createQuery("select " + COLUMNS + " from application_files where application_id = :application"
                        + " order by uploaded_at, id")
                .bind("application", application).map(ApplicationFileStore::map).list();
    }

    /** The codes of the required attachments that have at least one file. */
    Set<String> codes(UUID application) {
        return of(application).stream().map(ApplicationFile::attachmentCode).collect(Collectors.toSet());
    }

    Optional<ApplicationFile> find(UUID application, UUID id) {
        return h.createQuery("select " + COLUMNS + " from application_files where application_id = :application and id = :id")
                .bind("application", application).bind("id", id).map(ApplicationFileStore::map).findOne();
    }

    byte[] content(UUID id) {
        return h.createQuery("select content from application_files where id = :id").bind("id", id)
                .mapTo(byte[].class).one();
    }

    private static ApplicationFile map(ResultSet rs, StatementContext ctx) throws SQLException {
        String by = rs.getString("uploaded_by");
        return new ApplicationFile(rs.getObject("id", UUID.class), rs.getString("attachment_code"), rs.getString("filename"),
                rs.getString("content_type"), rs.getInt("size_bytes"), HexFormat.of().formatHex(rs.getBytes("sha256")), by,
                ApplicationService.RESIDENT.equals(by) ? Channel.ONLINE : Channel.COUNTER,
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
