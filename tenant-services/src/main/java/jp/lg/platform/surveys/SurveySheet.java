package jp.lg.platform.surveys;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.Tables.SheetCell;
import jp.lg.platform.core.web.Tables.SheetRow;
import jp.lg.platform.core.web.Tables;

/**
 * The common Excel file of a survey (共通様式): on sheet {@value #SHEET} one row per business item,
 * its code in column A, one column per measure with the measure's code in brackets in the header,
 * so an upload is matched back by codes, not positions; a second sheet explains the measures and
 * the deadline. Reading names every bad cell by its reference ("E7"). Pure.
 */
final class SurveySheet {

    static final String SHEET = "回答 Answers";
    static final int MAX_ROWS = 1_000;
    private static final int FIRST_MEASURE_COLUMN = 3;
    private static final Pattern HEADER_CODE = Pattern.compile("\\[([a-z0-9][a-z0-9-]*)]\\s*$");

    private SurveySheet() {}

    /** The template of {@code survey}, filled with {@code answers} when the town has answered. */
    static List<Tables.Table> template(Survey survey, Optional<Answers> answers) {
        SurveyDefinition d = survey.definition();
        List<String> headers = new ArrayList<>(List.of("項目コード item code", "業務", "Item"));
        d.measures().forEach(m -> headers.add(m.label() + " [" + m.code() + "]"));
        List<List<Object>> rows = new ArrayList<>();
        for (SurveyItem item : d.items()) {
            List<Object> row = new ArrayList<>(List.of(item.code(), item.nameJa(), item.nameEn()));
            d.measures().forEach(m -> row.add(answers.flatMap(a -> a.value(item.code(), m.code())).orElse(null)));
            rows.add(row);
        }
        return List.of(new Tables.Table(SHEET, headers, rows), about(survey));
    }

    private static Tables.Table about(Survey survey) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("調査 survey", survey.titleJa() + " / " + survey.titleEn()));
        rows.add(List.of("締切 deadline", SurveyTimes.japanese(survey.deadline()) + " / "
                + SurveyTimes.english(survey.deadline())));
        rows.add(List.of("記入方法 how to fill", "「" + SHEET + "」の数値欄に入力し、項目コードと見出しの [コード] は変えずに"
                + "アップロードしてください / Fill in the numbers on 「" + SHEET + "」; keep the item codes and the [codes]"
                + " in the headers as they are."));
        for (Measure m : survey.definition().measures()) {
            rows.add(List.of(m.code(), m.label() + ": " + m.kind() + ", " + bounds(m)));
        }
        return new Tables.Table("説明 About", List.of("項目 field", "内容 value"), rows);
    }

    private static String bounds(Measure m) {
        String min = m.min().stripTrailingZeros().toPlainString();
        return m.max() == null ? min + " 以上 / at least " + min
                : min + "〜" + m.max().stripTrailingZeros().toPlainString();
    }

    /** The answers in an uploaded workbook, or a 400 naming every bad cell; a file that is no .xlsx is a 400 too. */
    static Answers read(SurveyDefinition d, InputStream upload) {
        return read(d, Tables.readXlsx(upload, SHEET, MAX_ROWS));
    }

    static Answers read(SurveyDefinition d, List<SheetRow> rows) {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, Measure> columns = columns(d, rows.isEmpty() ? new SheetRow(1, List.of()) : rows.get(0), errors);
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        for (SheetRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.blank()) {
                continue;
            }
            SheetCell codeCell = row.cell(0);
            String code = codeCell.text();
            Optional<SurveyItem> item = Optional.ofNullable(code).flatMap(d::item);
            if (item.isEmpty()) {
                errors.add(new FieldError(codeCell.ref(), code == null ? "項目コードがありません / no item code"
                        : "不明な項目コード '" + code + "' です / unknown item code '" + code + "'"));
                continue;
            }
            if (values.containsKey(code)) {
                errors.add(new FieldError(codeCell.ref(), "項目 '" + code + "' の行が重複しています / a second row for '"
                        + code + "'"));
                continue;
            }
            Map<String, BigDecimal> checked = new LinkedHashMap<>();
            columns.forEach((column, m) -> {
                SheetCell cell = row.cell(column);
                AnswerRules.Outcome outcome = AnswerRules.check(m, cell.value());
                if (outcome.error() != null) {
                    errors.add(new FieldError(cell.ref(), outcome.error()));
                } else {
                    checked.put(m.code(), outcome.value());
                }
            });
            values.put(code, checked);
        }
        d.items().stream().filter(i -> !values.containsKey(i.code())).forEach(i -> errors.add(new FieldError("A:A",
                "項目 '" + i.code() + "'（" + i.nameJa() + "）の行がありません / no row for item '" + i.code() + "'")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, Map<String, BigDecimal>> ordered = new LinkedHashMap<>();
        d.items().forEach(i -> ordered.put(i.code(), values.get(i.code())));
        return new Answers(ordered);
    }

    /** Column index → measure, from the codes in the header row; errors for unknown, repeated and missing ones. */
    private static Map<Integer, Measure> columns(SurveyDefinition d, SheetRow header, List<FieldError> errors) {
        Map<Integer, Measure> columns = new LinkedHashMap<>();
        for (int c = FIRST_MEASURE_COLUMN; c < header.cells().size(); c++) {
            SheetCell cell = header.cell(c);
            if (cell.value() == null) {
                continue;
            }
            Matcher code = HEADER_CODE.matcher(cell.text());
            Optional<Measure> m = code.find() ? d.measure(code.group(1)) : Optional.empty();
            if (m.isEmpty()) {
                errors.add(new FieldError(cell.ref(), "見出しの [コード] が測定項目にありません / the [code] in this header"
                        + " names no measure of the survey"));
            } else if (columns.containsValue(m.get())) {
                errors.add(new FieldError(cell.ref(), "測定項目 '" + m.get().code() + "' の列が重複しています / a second"
                        + " column for '" + m.get().code() + "'"));
            } else {
                columns.put(c, m.get());
            }
        }
        d.measures().stream().filter(m -> !columns.containsValue(m)).forEach(m -> errors.add(new FieldError("1:1",
                "測定項目 '" + m.code() + "'（" + m.nameJa() + "）の列がありません / no column for measure '" + m.code()
                        + "'")));
        return columns;
    }
}
