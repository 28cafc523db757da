package jp.lg.platform.directory;

import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** The {@code collaborations} and {@code collaboration_members} tables. */
@RegisterConstructorMapper(CollaborationDao.Header.class)
public interface CollaborationDao {

    @SqlQuery("select code, name_ja, name_en, lead_code from collaborations order by code")
    List<Header> headers();

    @SqlQuery("select code, name_ja, name_en, lead_code from collaborations where code = :code")
    Optional<Header> header(@Bind("code") String code);

    @SqlQuery("select member_code from collaboration_members where collaboration_code = :code order by member_code")
    List<String> memberCodes(@Bind("code") String code);

    @SqlUpdate("insert into collaborations (code, name_ja, name_en, lead_code) values (:code, :nameJa, :nameEn, :leadCode)"
            + " on conflict (code) do update set name_ja = excluded.name_ja, name_en = excluded.name_en,"
            + " lead_code = excluded.lead_code, updated_at = now()")
    void upsertHeader(@Bind("code") String code, @Bind("nameJa") String nameJa, @Bind("nameEn") String nameEn,
            @Bind("leadCode") String leadCode);

    @SqlUpdate("delete from collaboration_members where collaboration_code = :code and member_code <> all(:members)")
    void removeMembersExcept(@Bind("code") String code, @Bind("members") String[] members);

    @SqlUpdate("insert into collaboration_members (collaboration_code, member_code) values (:code, :member)"
            + " on conflict do nothing")
    void addMember(@Bind("code") String code, @Bind("member") String member);

    default List<Collaboration> all() {
        return headers().stream().map(this::withMembers).toList();
    }

    default Optional<Collaboration> find(String code) {
        return header(code).map(this::withMembers);
    }

    /** Makes the stored collaboration equal to {@code c}: header, and exactly its members. */
    @Transaction
    default void save(Collaboration c) {
        upsertHeader(c.code(), c.nameJa(), c.nameEn(), c.leadCode().value());
        List<String> members = c.members().stream().map(LgCode::value).toList();
        removeMembersExcept(c.code(), members.toArray(String[]::new));
        members.forEach(member -> addMember(c.code(), member));
    }

    private Collaboration withMembers(Header h) {
        List<LgCode> members = memberCodes(h.code()).stream().map(LgCode::parse).toList();
        return new Collaboration(h.code(), h.nameJa(), h.nameEn(), LgCode.parse(h.leadCode()), members);
    }

    /** A collaboration row without its members. */
    record Header(String code, String nameJa, String nameEn, String leadCode) {}
}
