package jp.lg.platform.messaging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.SingleValue;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code message_attachments}: an upload is the uploader's tenant's until posted, then the
 * channel's participants read it too (row-level security).
 */
@RegisterConstructorMapper(Attachment.class)
public interface AttachmentDao {

    String COLUMNS = "id, tenant_code, uploaded_by, channel_id, message_id, filename, content_type, size_bytes, sha256,"
            + " uploaded_at";

    @SqlUpdate("insert into message_attachments (id, tenant_code, uploaded_by, filename, content_type, size_bytes,"
            + " sha256, content) values (:id, :tenant, :user, :filename, :type, :size, :sha256, :content)")
    void insert(@Bind("id") UUID id, @Bind("tenant") String tenant, @Bind("user") String user,
            @Bind("filename") String filename, @Bind("type") String type, @Bind("size") int size,
            @Bind("sha256") byte[] sha256, @Bind("content") byte[] content);

    @SqlQuery("select exists (select 1 from message_attachments where id = :id and uploaded_by = :user"
            + " and message_id is null)")
    boolean isUnattachedUploadOf(@Bind("id") UUID id, @Bind("user") String user);

    @SqlUpdate("update message_attachments set message_id = :message, channel_id = :channel where id = :id")
    void attach(@Bind("id") UUID id, @Bind("message") UUID message, @Bind("channel") UUID channel);

    @SqlUpdate("delete from message_attachments where message_id = :message")
    void forgetOf(@Bind("message") UUID message);

    @SqlQuery("select " + COLUMNS + " from message_attachments where id = :id")
    Optional<Attachment> find(@Bind("id") UUID id);

    /** The file's bytes ({@code @SingleValue}: one bytea, not a row per byte). */
    @SqlQuery("select content from message_attachments where id = :id")
    @SingleValue
    byte[] content(@Bind("id") UUID id);

    @SqlQuery("select " + COLUMNS + " from message_attachments where message_id = any(:ids) order by uploaded_at, id")
    List<Attachment> ofMessages(@Bind("ids") UUID[] ids);
}
