package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;

/** An adoption with the definition its applications follow and its drift from the standard. */
@Schema(name = "AdoptionView")
public record AdoptionView(Adoption adoption, Drift.TownDrift drift, ProcedureDefinition effectiveDefinition) {
}
