package jp.lg.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.Tables;
import org.junit.jupiter.api.Test;

/** Reading and checking dataset files row by row, CSV and .xlsx, with where each error is. */
class DatasetRowsTest {

    static final Set<String> EHIME = Set.of("382019", "382027", "382051", "382060", "383562", "384224");

    @Test
    void theExampleFileReadsEveryRowWithItsMeasuresAndFiscalYears() {
        DatasetRows.Result result = DatasetRows.check(shape(), DatasetFile.read(bytes("furusato-nozei-ehime.csv"), false,
                null), EHIME);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).hasSize(24);
        assertThat(result.values().get(0)).isEqualTo(new DatasetRows.Value("donations", "382060", "FY2023", "子育て支援",
                "-", new BigDecimal("4820"), 5));
        assertThat(result.values().get(1).measure()).isEqualTo("amount");
    }

    @Test
    void everyErrorIsNamedWithItsCsvLineAndNothingIsKept() {
        DatasetRows.Result result = DatasetRows.check(shape(), DatasetFile.read(bytes("furusato-nozei-errors.csv"), false,
                null), EHIME);

        assertThat(result.values()).isEmpty();
        assertThat(result.errors()).extracting(FieldError::field).containsExactly("line 4 (団体コード)",
                "line 5 (団体コード)", "line 6 (受入額（円）)", "line 7");
        assertThat(result.errors().get(0).message()).contains("check digit should be 0, got 1");
        assertThat(result.errors().get(1).message()).contains("389994 is no municipality");
        assertThat(result.errors().get(2).message()).contains("約6千万");
        assertThat(result.errors().get(3).message()).contains("duplicates line 3");
    }

    @Test
    void anXlsxIsCheckedTheSameWayWithExcelRowsAndCellReferences() {
        byte[] workbook = Tables.xlsx(new Tables.Table("受入実績", List.of("団体コード", "年度", "使途", "受入件数", "受入額（円）"),
                List.of(List.of(new BigDecimal("382060"), new BigDecimal("2024"), "子育て支援", new BigDecimal("5210"),
                                new BigDecimal("98400000")),
                        List.of("382060", "令和6年度", "子育て支援", new BigDecimal("10"), "多数"),
                        List.of("382062", "2024", "まちづくり", new BigDecimal("2.5"), new BigDecimal("1000")))));

        DatasetRows.Result result = DatasetRows.check(shape(), DatasetFile.read(workbook, true, null), EHIME);

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("row 3, E3 (受入額（円）)",
                "row 4, A4 (団体コード)", "row 4, D4 (受入件数)");
    }

    @Test
    void aShiftJisCsvAsJapaneseExcelSavesItReadsToo() {
        String text = new String(bytes("furusato-nozei-ehime.csv"), StandardCharsets.UTF_8);
        byte[] sjis = text.getBytes(Charset.forName("windows-31j"));

        DatasetRows.Result result = DatasetRows.check(shape(), DatasetFile.read(sjis, false, null), EHIME);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).extracting(DatasetRows.Value::dimension1).contains("まちづくり");
    }

    @Test
    void aFileWithoutADeclaredColumnIsRefusedOnItsHeaderRow() {
        byte[] csv = "団体コード,年度,使途,件数\n382060,2024,子育て支援,1\n".getBytes(StandardCharsets.UTF_8);

        List<FieldError> errors = DatasetRows.check(shape(), DatasetFile.read(csv, false, null), EHIME).errors();

        assertThat(errors).extracting(FieldError::field).containsOnly("line 1");
        assertThat(errors).extracting(FieldError::message).anyMatch(m -> m.contains("受入件数"))
                .anyMatch(m -> m.contains("受入額（円）"));
        assertThatThrownBy(() -> DatasetFile.read(new byte[0], false, null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void periodsAreReadInTheFormsJapaneseFilesUse() {
        List<String> fiscal = new ArrayList<>();
        for (String text : List.of("2024", "FY2024", "2024年度", "令和6年度", "R6年度", "令和元年度", "2024-04")) {
            fiscal.add(DatasetRows.period("fiscal-year", line(text), 0).orElse("none"));
        }
        List<String> months = new ArrayList<>();
        for (String text : List.of("2024-04", "2024/4", "2024年4月", "2024-13")) {
            months.add(DatasetRows.period("month", line(text), 0).orElse("none"));
        }

        assertThat(fiscal).containsExactly("FY2024", "FY2024", "FY2024", "FY2024", "FY2024", "FY2019", "none");
        assertThat(months).containsExactly("2024-04", "2024-04", "2024-04", "none");
    }

    private static DatasetFile.Line line(String text) {
        return new DatasetFile.Line(2, List.of(new DatasetFile.Cell(text, text, null)));
    }

    static DatasetShape shape() {
        try {
            return new ObjectMapper().readValue(bytes("furusato-nozei-shape.json"), DatasetShape.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        return resource("insights/datasets/" + name);
    }

    /** A file under src/test/resources. */
    static byte[] resource(String name) {
        try (InputStream in = DatasetRowsTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
