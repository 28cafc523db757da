package jp.lg.platform.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Handle;

/** Resolves the mentions of a text against one channel: only people and towns in it can be mentioned. */
final class MentionResolver {

    private final DirectoryService directory;
    private final People people;

    MentionResolver(DirectoryService directory, People people) {
        this.directory = directory;
        this.people = people;
    }

    /** Inside the caller's tenant transaction; {@code unknown} names each mention that is nobody in the channel. */
    Mentions resolve(Handle handle, Channel channel, List<String> memberTenants, String text) {
        List<String> users = new ArrayList<>();
        List<String> tenants = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean all = false;
        Map<String, String> towns = null;
        for (String token : Mentions.written(text)) {
            switch (Mentions.Form.of(token)) {
                case ALL -> all = true;
                case USERNAME -> people.byUsername(handle, token.toLowerCase(Locale.ROOT))
                        .filter(p -> channel.kind().isProvisioned() ? channel.tenantCodes().contains(p.tenantCode())
                                : channel.userIds().contains(p.userId()))
                        .ifPresentOrElse(p -> users.add(p.userId()), () -> unknown.add("@" + token));
                case LG_CODE -> {
                    if (memberTenants.contains(token)) {
                        tenants.add(token);
                    } else {
                        unknown.add("@" + token);
                    }
                }
                case TOWN_NAME -> {
                    towns = towns == null ? townNames(memberTenants) : towns;
                    Optional.ofNullable(towns.get(token.toLowerCase(Locale.ROOT)))
                            .ifPresentOrElse(tenants::add, () -> unknown.add("@" + token));
                }
            }
        }
        return new Mentions(users.stream().distinct().toList(), tenants.stream().distinct().toList(), all, unknown);
    }

    private Map<String, String> townNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (String code : codes) {
            directory.tenant(LgCode.parse(code)).map(Tenant::nameEn)
                    .ifPresent(name -> names.put(name.toLowerCase(Locale.ROOT).replace(" ", ""), code));
        }
        return names;
    }
}
