package jp.lg.platform.experts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;

/** What an expert's entry must satisfy beyond its shape; every broken rule is reported at once. Pure. */
final class ExpertRules {

    private final DispatchCatalogue catalogue;

    ExpertRules(DispatchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code collaboration} is the one the input names, if it exists; {@code lead} is the coordinator's tenant. */
    List<FieldError> check(ExpertInput input, Optional<Collaboration> collaboration, LgCode lead) {
        List<FieldError> errors = new ArrayList<>();
        if (collaboration.isEmpty()) {
            errors.add(new FieldError("collaborationCode", "no collaboration has the code '" + input.collaborationCode() + "'"));
        } else if (!collaboration.get().leadCode().equals(lead)) {
            errors.add(new FieldError("collaborationCode", "is led by " + collaboration.get().leadCode()
                    + "; only its lead's coordinator registers its experts"));
        }
        for (int i = 0; i < input.specialties().size(); i++) {
            if (!catalogue.knowsSpecialty(input.specialties().get(i))) {
                errors.add(new FieldError("specialties[" + i + "]", "unknown specialty '" + input.specialties().get(i)
                        + "'; use one of " + String.join(", ", catalogue.specialties().keySet().stream().sorted().toList())));
            }
        }
        if (new HashSet<>(input.specialties()).size() != input.specialties().size()) {
            errors.add(new FieldError("specialties", "lists a specialty more than once"));
        }
        collaboration.filter(c -> !belongs(c, input.homeOfficeCode())).ifPresent(c -> errors.add(new FieldError(
                "homeOfficeCode", input.homeOfficeCode() + " is neither the lead nor a member of " + c.code())));
        return errors;
    }

    private static boolean belongs(Collaboration c, String code) {
        return c.leadCode().value().equals(code) || c.members().stream().anyMatch(m -> m.value().equals(code));
    }
}
