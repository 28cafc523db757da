package jp.lg.platform.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.tenancy.TenantKind;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** Where a tenant may sit in the hierarchy: municipalities under their own prefecture, prefectures at the top. */
final class TenantRules {

    /** {@code parent} is the stored tenant named by {@code tenant.parentCode()}, if there is one. */
    void checkParent(Tenant tenant, Optional<Tenant> parent) {
        if (tenant.kind() == TenantKind.PREFECTURE) {
            if (tenant.parentCode().isPresent()) {
                throw ProblemException.invalidField("parentCode", "a prefecture has no parent; leave it out");
            }
            return;
        }
        if (tenant.parentCode().isEmpty()) {
            throw ProblemException.invalidField("parentCode", "a " + tenant.kind().code()
                    + " needs the LG code of its prefecture");
        }
        Tenant prefecture = parent.orElseThrow(() -> ProblemException.invalidField("parentCode",
                "no tenant has the LG code " + tenant.parentCode().get() + "; register the prefecture first"));
        if (prefecture.kind() != TenantKind.PREFECTURE) {
            throw ProblemException.invalidField("parentCode", prefecture.code() + " (" + prefecture.nameJa()
                    + ") is a " + prefecture.kind().code() + ", not a prefecture");
        }
        if (!prefecture.code().prefectureNumber().equals(tenant.code().prefectureNumber())) {
            throw ProblemException.invalidField("parentCode", "LG code " + tenant.code() + " belongs to prefecture number "
                    + tenant.code().prefectureNumber() + ", but " + prefecture.code() + " is prefecture number "
                    + prefecture.code().prefectureNumber());
        }
    }

    /** {@code existing} answers which of the given codes are registered tenants. */
    void checkMembers(Collaboration c, Function<String[], List<String>> existing) {
        if (c.members().contains(c.leadCode())) {
            throw ProblemException.invalidField("memberCodes", "lists the lead " + c.leadCode() + "; leave the lead out");
        }
        Set<LgCode> unique = new HashSet<>(c.members());
        if (unique.size() != c.members().size()) {
            throw ProblemException.invalidField("memberCodes", "lists a tenant more than once");
        }
        List<String> all = new ArrayList<>(c.members().stream().map(LgCode::value).toList());
        all.add(c.leadCode().value());
        Set<String> known = new HashSet<>(existing.apply(all.toArray(String[]::new)));
        List<String> unknown = all.stream().filter(code -> !known.contains(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            String field = unknown.contains(c.leadCode().value()) ? "leadCode" : "memberCodes";
            throw ProblemException.invalidField(field, "no tenant has the LG code " + String.join(", ", unknown)
                    + "; register it first");
        }
    }

    /** {@code hasMunicipalities} is asked only when a prefecture would stop being one. */
    void checkKindChange(Tenant current, Tenant replacement, BooleanSupplier hasMunicipalities) {
        if (current.kind() == TenantKind.PREFECTURE && replacement.kind() != TenantKind.PREFECTURE
                && hasMunicipalities.getAsBoolean()) {
            throw new ProblemException(ProblemType.CONFLICT, current.code() + " (" + current.nameJa()
                    + ") has municipalities under it, so it must stay a prefecture.");
        }
    }
}
