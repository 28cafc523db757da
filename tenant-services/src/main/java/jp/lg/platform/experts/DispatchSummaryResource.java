package jp.lg.platform.experts;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.time.FiscalYear;

/** The expert dispatch overview of a fiscal year (専門官派遣の利用状況), as JSON or as CSV for Excel. */
@Path("/api/v1/expert-dispatch/summary")
@Tag(name = "experts")
@SecurityRequirement(name = "bearer")
public final class DispatchSummaryResource {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    private final DispatchSummaryService summaries;
    private final Clock clock;

    DispatchSummaryResource(DispatchSummaryService summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, DispatchSummaryCsv.MEDIA_TYPE})
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ANALYST, Role.Names.STAFF})
    @Operation(summary = "Per municipality and programme: requested, confirmed, completed, declined and remaining cap"
            + " of a fiscal year (April to March). The lead's coordinators and analysts see every member town, staff"
            + " their own. CSV (UTF-8 with BOM, Japanese headers) with Accept: text/csv or format=csv.")
    @ApiResponse(responseCode = "200", description = "The summary",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DispatchSummaryView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", example =
                    "年度,団体コード,団体名,区分,制度コード,制度名,依頼数,確定,完了,辞退,上限,残り\n"
                    + "令和8年度,382060,西条市,制度,mic-informatization,地域情報化アドバイザー制度,2,1,0,0,3,1\n"))})
    public Response summary(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("fiscalYear") @Min(2019) @Max(2100)
            @Parameter(description = "first calendar year of the fiscal year, e.g. 2026 for 令和8年度; default: the current one")
            Integer fiscalYear,
            @QueryParam("collaboration") @Parameter(description = "only this collaboration (leads)") String collaboration,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
            @Context HttpHeaders headers) {
        FiscalYear year = fiscalYear == null ? FiscalYear.current(clock) : FiscalYear.of(fiscalYear);
        DispatchSummary summary = summaries.summary(caller, year, Optional.ofNullable(collaboration));
        if (wantsCsv(format, headers.getAcceptableMediaTypes())) {
            return Response.ok(DispatchSummaryCsv.write(summary), DispatchSummaryCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + DispatchSummaryCsv.fileName(summary) + "\"")
                    .build();
        }
        return Response.ok(DispatchSummaryView.of(summary), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean wantsCsv(String format, List<MediaType> accepted) {
        if (format != null) {
            return format.equals("csv");
        }
        return accepted.stream().filter(type -> !type.isWildcardType())
                .findFirst().map(type -> type.isCompatible(CSV)).orElse(false);
    }

    /** The JSON shape of a summary. */
    public record DispatchSummaryView(int fiscalYear, String fiscalYearName, LocalDate from, LocalDate to,
            List<DispatchSummary.Line> lines) {
        static DispatchSummaryView of(DispatchSummary s) {
            return new DispatchSummaryView(s.fiscalYear().startYear(), s.fiscalYear().japaneseName(),
                    s.fiscalYear().firstDay(), s.fiscalYear().lastDay(), s.lines());
        }
    }
}
