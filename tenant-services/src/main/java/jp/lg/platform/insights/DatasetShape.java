package jp.lg.platform.insights;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.web.Problem.FieldError;

/**
 * The declared shape of a dataset (データセットの定義): names, which column holds the municipality's LG code
 * and which the period (fiscal year 年度 or month), up to two dimension columns, and the measures with their
 * units. A measure of kind COUNT counts people or cases (whole numbers, small ones suppressed as "< 3"); a
 * SUM is an amount (yen, hectares, …) shown as it is. Columns are named by their header text.
 */
@Schema(name = "DatasetShape")
record DatasetShape(
        @Schema(example = "ふるさと納税の受入額（使途別）") String nameJa,
        @Schema(example = "Furusato nozei donations by purpose") String nameEn,
        @Schema(example = "団体コード") String municipalityColumn,
        @Schema(example = "年度") String periodColumn,
        @Schema(example = "fiscal-year", description = "fiscal-year (2024, FY2024, 2024年度, 令和6年度) or month"
                + " (2024-04, 2024/04, 2024年4月)") String period,
        List<Dimension> dimensions,
        List<Measure> measures,
        @Schema(description = "the sheet of an .xlsx to read; the first when absent") String sheet) {

    static final int MAX_DIMENSIONS = 2;
    static final String ID = "[a-z][a-z0-9-]{0,47}";

    /** A column whose values split a town's figures (e.g. 使途 purpose); {@code id} names it in queries. */
    @Schema(name = "DatasetDimension")
    record Dimension(@Schema(example = "使途") String column, @Schema(example = "purpose") String id) {}

    /** A column of numbers; it becomes the metric {@code <dataset>.<id>}. */
    @Schema(name = "DatasetMeasure")
    record Measure(@Schema(example = "受入額（円）") String column, @Schema(example = "amount") String id,
            @Schema(example = "受入額") String nameJa, @Schema(example = "Amount donated") String nameEn,
            @Schema(example = "円") String unitJa, @Schema(example = "yen") String unitEn,
            @Schema(example = "SUM", description = "COUNT (people or cases, whole numbers, < 3 suppressed) or SUM")
            String kind) {}

    /** Every problem with the declaration, each naming its field. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "nameJa", nameJa);
        required(errors, "nameEn", nameEn);
        required(errors, "municipalityColumn", municipalityColumn);
        required(errors, "periodColumn", periodColumn);
        if (!"fiscal-year".equals(period) && !"month".equals(period)) {
            errors.add(new FieldError("period", "must be fiscal-year or month / fiscal-year か month を指定してください"));
        }
        Set<String> columns = new HashSet<>();
        columns.add(municipalityColumn);
        columns.add(periodColumn);
        List<Dimension> dims = dimensions == null ? List.of() : dimensions;
        if (dims.size() > MAX_DIMENSIONS) {
            errors.add(new FieldError("dimensions", "at most " + MAX_DIMENSIONS + " / 2列まで"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            column(errors, "dimensions[" + i + "].column", d.column(), columns);
            id(errors, "dimensions[" + i + "].id", d.id(), ids);
        }
        List<Measure> ms = measures == null ? List.of() : measures;
        if (ms.isEmpty()) {
            errors.add(new FieldError("measures", "at least one measure is required / 数値の列を1つ以上指定してください"));
        }
        for (int i = 0; i < ms.size(); i++) {
            Measure m = ms.get(i);
            String at = "measures[" + i + "]";
            column(errors, at + ".column", m.column(), columns);
            id(errors, at + ".id", m.id(), ids);
            required(errors, at + ".nameJa", m.nameJa());
            required(errors, at + ".nameEn", m.nameEn());
            required(errors, at + ".unitJa", m.unitJa());
            required(errors, at + ".unitEn", m.unitEn());
            if (!"COUNT".equals(m.kind()) && !"SUM".equals(m.kind())) {
                errors.add(new FieldError(at + ".kind", "must be COUNT or SUM / COUNT か SUM を指定してください"));
            }
        }
        return errors;
    }

    List<Dimension> dimensionList() {
        return dimensions == null ? List.of() : dimensions;
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required / 必須です"));
        } else if (value.length() > 200) {
            errors.add(new FieldError(field, "at most 200 characters / 200文字まで"));
        }
    }

    private static void column(List<FieldError> errors, String field, String column, Set<String> columns) {
        required(errors, field, column);
        if (column != null && !column.isBlank() && !columns.add(column)) {
            errors.add(new FieldError(field, "column 「" + column + "」 is used twice / 同じ列が2回指定されています"));
        }
    }

    private static void id(List<FieldError> errors, String field, String id, Set<String> ids) {
        if (id == null || !id.matches(ID)) {
            errors.add(new FieldError(field, "must be lower-case letters, digits and hyphens, starting with a letter"
                    + " / 英小文字・数字・ハイフン（先頭は英字）"));
        } else if (!ids.add(id)) {
            errors.add(new FieldError(field, "「" + id + "」 is used twice / 同じ id が2回使われています"));
        }
    }
}
