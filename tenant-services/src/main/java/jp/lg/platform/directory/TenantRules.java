package jp.lg.platform.directory;

import java.util.Optional;
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

    void checkKindChange(Tenant current, Tenant replacement, boolean hasMunicipalities) {
        if (current.kind() == TenantKind.PREFECTURE && replacement.kind() != TenantKind.PREFECTURE && hasMunicipalities) {
            throw new ProblemException(ProblemType.CONFLICT, current.code() + " (" + current.nameJa()
                    + ") has municipalities under it, so it must stay a prefecture.");
        }
    }
}
