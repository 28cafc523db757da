package jp.lg.platform.surveys;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Handle;

/** What the survey services share inside a tenant transaction: the visible survey, its members and progress. */
final class SurveyAccess {

    private final DirectoryService directory;

    SurveyAccess(DirectoryService directory) {
        this.directory = directory;
    }

    /** The survey if the current tenant leads or belongs to its collaboration; 404 otherwise. */
    Survey require(Handle h, UUID id) {
        return new SurveyStore(h).find(id).orElseThrow(() -> Callers.noSurvey(id.toString()));
    }

    /** The towns asked to answer: the collaboration's members, by LG code. */
    List<String> members(Survey s) {
        return directory.collaboration(s.collaborationCode()).map(Collaboration::members).orElse(List.of())
                .stream().map(LgCode::value).toList();
    }

    SurveyView.Progress progress(Handle h, Survey s) {
        List<String> members = members(s);
        Map<String, ?> submitted = new SurveyStore(h).submissions(s.id());
        return SurveyView.Progress.of((int) members.stream().filter(submitted::containsKey).count(), members.size());
    }

    Tenant town(String code) {
        return directory.tenant(LgCode.parse(code)).orElseThrow(() -> new IllegalStateException("no tenant " + code));
    }
}
