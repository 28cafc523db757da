package jp.lg.platform.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;

/**
 * Checks every row of a {@link DatasetFile} against its {@link DatasetShape}: a valid LG code (check digit) of a
 * known municipality, a period of the declared kind, a value in every dimension, numbers in every measure
 * (whole and not negative for COUNT), and no two rows of the same code, period and dimensions. Every error
 * is collected with where it is, so one upload shows them all. Pure: the municipalities are handed in.
 */
final class DatasetRows {

    static final int MAX_ERRORS = 500;
    static final String NONE = "-";
    private static final Pattern NENDO = Pattern.compile("(?:FY)?(\\d{4})(?:年度)?");
    private static final Pattern REIWA = Pattern.compile("(?:令和|R)(\\d{1,2}|元)年度");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/]|年)(\\d{1,2})月?");

    private DatasetRows() {}

    /** One value to store: measure, town, period ({@code FY2024} or {@code 2024-04}), dimensions and the line it is from. */
    record Value(String measure, String town, String period, String dimension1, String dimension2, BigDecimal value,
            int line) {}

    /** The values, or the errors (then nothing may be written). */
    record Result(List<Value> values, List<FieldError> errors) {}

    static Result check(DatasetShape shape, DatasetFile file, Set<String> municipalities) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> columns = columns(shape, file, errors);
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<Value> values = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (DatasetFile.Line line : file.lines()) {
            int before = errors.size();
            int codeAt = columns.get(shape.municipalityColumn());
            String code = value(line, codeAt) instanceof BigDecimal n && n.scale() <= 0 && n.precision() <= 6
                    ? String.format("%06d", n.intValue()) : text(line, codeAt);
            String problem = code == null ? "is required / 団体コードがありません" : LgCode.problemWith(code);
            if (problem != null) {
                add(errors, file.where(line, codeAt), "not an LG code: " + problem + " / 団体コードが正しくありません");
            } else if (!municipalities.contains(code)) {
                add(errors, file.where(line, codeAt), code + " is no municipality in the directory / 市区町村として"
                        + "登録されていない団体コードです");
            }
            int periodAt = columns.get(shape.periodColumn());
            Optional<String> period = period(shape.period(), line, periodAt);
            if (period.isEmpty()) {
                add(errors, file.where(line, periodAt), shape.period().equals("month")
                        ? "not a month like 2024-04 / 年月（例 2024-04）ではありません"
                        : "not a fiscal year like 2024, FY2024 or 令和6年度 / 年度（例 2024、令和6年度）ではありません");
            }
            List<String> dims = new ArrayList<>(List.of(NONE, NONE));
            for (int d = 0; d < shape.dimensionList().size(); d++) {
                int at = columns.get(shape.dimensionList().get(d).column());
                String value = text(line, at);
                if (value == null || value.equals(NONE)) {
                    add(errors, file.where(line, at), "is required / 値がありません");
                } else {
                    dims.set(d, value);
                }
            }
            List<Value> row = new ArrayList<>();
            for (DatasetShape.Measure m : shape.measures()) {
                int at = columns.get(m.column());
                Optional<BigDecimal> number = number(line, at);
                if (number.isEmpty()) {
                    add(errors, file.where(line, at), "not a number: 「" + Optional.ofNullable(text(line, at)).orElse("")
                            + "」 / 数値ではありません");
                } else if (m.kind().equals("COUNT") && (number.get().signum() < 0 || number.get().stripTrailingZeros().scale() > 0)) {
                    add(errors, file.where(line, at), "a count must be a whole number, not negative / 件数は0以上の整数です");
                } else {
                    row.add(new Value(m.id(), code, period.orElse(null), dims.get(0), dims.get(1), number.get(), line.number()));
                }
            }
            if (errors.size() == before) {
                String key = code + "|" + period.get() + "|" + dims.get(0) + "|" + dims.get(1);
                Integer first = seen.putIfAbsent(key, line.number());
                if (first != null) {
                    add(errors, file.where(line, codeAt).replaceAll(" \\(.*", "") , "duplicates " + (file.xlsx() ? "row " : "line ")
                            + first + " (same code, period and dimensions) / " + first + "行目と同じ団体・期間・区分です");
                } else {
                    values.addAll(row);
                }
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        if (values.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "has a header but no rows / データ行がありません"));
        }
        return new Result(errors.isEmpty() ? values : List.of(), errors);
    }

    /** Column index of each declared column; missing ones are errors on the header row. */
    private static Map<String, Integer> columns(DatasetShape shape, DatasetFile file, List<FieldError> errors) {
        List<String> wanted = new ArrayList<>(List.of(shape.municipalityColumn(), shape.periodColumn()));
        shape.dimensionList().forEach(d -> wanted.add(d.column()));
        shape.measures().forEach(m -> wanted.add(m.column()));
        Map<String, Integer> columns = new HashMap<>();
        for (String column : wanted) {
            int at = file.header().indexOf(column);
            if (at < 0) {
                errors.add(new FieldError((file.xlsx() ? "row " : "line ") + file.headerNumber(), "no column 「" + column
                        + "」 in the header (" + String.join(", ", file.header()) + ") / 見出しに列「" + column + "」がありません"));
            }
            columns.put(column, at);
        }
        return columns;
    }

    static Optional<String> period(String kind, DatasetFile.Line line, int at) {
        Object value = value(line, at);
        String text = text(line, at);
        if (text == null) {
            return Optional.empty();
        }
        if (kind.equals("month")) {
            if (value instanceof LocalDate date) {
                return Optional.of(YearMonth.from(date).toString());
            }
            Matcher m = MONTH.matcher(text);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                return month >= 1 && month <= 12 ? Periods.parse(m.group(1) + "-" + String.format("%02d", month))
                        : Optional.empty();
            }
            return Optional.empty();
        }
        Matcher nendo = NENDO.matcher(text);
        if (nendo.matches()) {
            return Periods.parse("FY" + nendo.group(1));
        }
        Matcher reiwa = REIWA.matcher(text);
        if (reiwa.matches()) {
            int year = reiwa.group(1).equals("元") ? 1 : Integer.parseInt(reiwa.group(1));
            return Periods.parse("FY" + (2018 + year));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(DatasetFile.Line line, int at) {
        Object value = value(line, at);
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        String text = text(line, at);
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.replace(",", "").replace("，", "");
        if (!plain.matches("-?\\d{1,18}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    private static Object value(DatasetFile.Line line, int at) {
        return at < line.cells().size() ? line.cells().get(at).value() : null;
    }

    private static String text(DatasetFile.Line line, int at) {
        return at < line.cells().size() ? line.cells().get(at).text() : null;
    }

    private static void add(List<FieldError> errors, String where, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(where, message));
        }
    }
}
