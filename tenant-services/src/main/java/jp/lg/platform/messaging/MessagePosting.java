package jp.lg.platform.messaging;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * One message found or inserted, inside a tenant transaction: what a post needs. A DAO of its own,
 * apart from {@link MessageDao}, because attaching a SqlObject prepares every method it declares
 * (its mappers and arguments), and each post paid for all of MessageDao's.
 */
@RegisterConstructorMapper(Message.class)
public interface MessagePosting {

    String COLUMNS = "id, seq, channel_id, tenant_code, thread_root_id, kind, author_user_id, author_username,"
            + " author_name, text, mentioned_user_ids, mentioned_tenant_codes, mentions_all, deadline,"
            + " details::text as details, version, created_at, edited_at, retracted_at";

    @SqlQuery("select " + COLUMNS + " from messages where id = :id")
    Optional<Message> find(@Bind("id") UUID id);

    @SqlUpdate("insert into messages (id, channel_id, tenant_code, thread_root_id, kind, author_user_id,"
            + " author_username, author_name, text, mentioned_user_ids, mentioned_tenant_codes, mentions_all, deadline,"
            + " details, created_at) values (:id, :channelId, :tenantCode, :threadRootId, :kind, :authorUserId,"
            + " :authorUsername, :authorName, :text, :mentionedUserIds, :mentionedTenantCodes, :mentionsAll, :deadline,"
            + " cast(:details as jsonb), :createdAt)")
    void insert(@BindMethods Message message);
}
