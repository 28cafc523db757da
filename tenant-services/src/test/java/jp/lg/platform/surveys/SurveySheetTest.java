package jp.lg.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.core.web.Tables;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The survey's Excel file: written pre-filled, read back by codes, every bad cell named by its reference. */
class SurveySheetTest {

    private final Survey survey = SurveyFixtures.example();

    @Test
    void aTemplatePreFilledWithATownsAnswersReadsBackAsThoseAnswers() {
        Answers bandai = SurveyFixtures.answers("bandai");

        byte[] file = Tables.xlsx(SurveySheet.template(survey, Optional.of(bandai)));

        assertThat(SurveySheet.read(survey.definition(), new ByteArrayInputStream(file))).isEqualTo(bandai);
    }

    @Test
    void theTemplateHasItemCodesInColumnAAndMeasureCodesInTheHeaders() throws IOException {
        byte[] file = Tables.xlsx(SurveySheet.template(survey, Optional.of(SurveyFixtures.answers("bandai"))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet(SurveySheet.SHEET);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("年間件数 Cases a year (件/年) [annual-count]");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("resident-certificate");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("住民票交付");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(350.5);
            assertThat(workbook.getSheet("説明 About").getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("令和9年1月29日 17:00 / 2027-01-29 17:00 (Asia/Tokyo)");
        }
    }

    @Test
    void columnsAreMatchedByTheirCodesNotTheirPlaces() {
        byte[] file = edit(sheet -> {
            for (int r = 0; r <= 4; r++) {
                String d = cellText(sheet, r, 3);
                String f = cellText(sheet, r, 5);
                set(sheet, r, 3, f);
                set(sheet, r, 5, d);
            }
        });

        assertThat(SurveySheet.read(survey.definition(), new ByteArrayInputStream(file)))
                .isEqualTo(SurveyFixtures.answers("bandai"));
    }

    @Test
    void textInANumberCellIsNamedByItsCell() {
        byte[] file = edit(sheet -> sheet.getRow(2).getCell(4).setCellValue("約45"));

        assertThat(errors(file)).containsExactly(new Problem.FieldError("E3", "数値を入力してください / enter a number"));
    }

    @Test
    void valuesOutOfBoundsAndFractionsOfACountAreNamedByTheirCells() {
        byte[] file = edit(sheet -> {
            sheet.getRow(1).getCell(5).setCellValue(150);
            sheet.getRow(3).getCell(3).setCellValue(12.5);
            sheet.getRow(4).getCell(4).setCellValue(-3);
        });

        assertThat(errors(file)).containsExactly(
                new Problem.FieldError("F2", "0 以上 100 以下の値を入力してください / enter a value from 0 to 100"),
                new Problem.FieldError("D4", "整数を入力してください / enter a whole number"),
                new Problem.FieldError("E5", "0 以上 200000 以下の値を入力してください / enter a value from 0 to 200000"));
    }

    @Test
    void anUnknownItemCodeAndAMissingRowAreBothReported() {
        byte[] file = edit(sheet -> {
            sheet.getRow(3).getCell(0).setCellValue("tenshutsu");
            sheet.removeRow(sheet.getRow(4));
        });

        assertThat(errors(file)).containsExactly(
                new Problem.FieldError("A4", "不明な項目コード 'tenshutsu' です / unknown item code 'tenshutsu'"),
                new Problem.FieldError("A:A", "項目 'seal-certificate'（印鑑登録証明）の行がありません / no row for item"
                        + " 'seal-certificate'"),
                new Problem.FieldError("A:A", "項目 'family-register'（戸籍証明交付）の行がありません / no row for item"
                        + " 'family-register'"));
    }

    @Test
    void aBlankCellAndAMissingMeasureColumnAreReported() {
        byte[] file = edit(sheet -> {
            sheet.getRow(2).removeCell(sheet.getRow(2).getCell(3));
            sheet.getRow(0).getCell(5).setCellValue("オンライン申請の割合");
        });

        assertThat(errors(file)).extracting(Problem.FieldError::field).containsExactly("F1", "1:1", "D3");
    }

    @Test
    void numbersWrittenAsTextAreReadAsNumbers() {
        byte[] file = edit(sheet -> sheet.getRow(1).getCell(3).setCellValue("２，１００"));

        assertThat(SurveySheet.read(survey.definition(), new ByteArrayInputStream(file))
                .value("resident-certificate", "annual-count")).contains(new BigDecimal("2100"));
    }

    @Test
    void aFileThatIsNoWorkbookIsAValidationProblem() {
        byte[] text = "item,annual-count\nresident-certificate,2100\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SurveySheet.read(survey.definition(), new ByteArrayInputStream(text)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(e.toProblem().errors()).extracting(Problem.FieldError::field).containsExactly("file");
                });
    }

    /** The errors of reading {@code file}, which must be refused. */
    private List<Problem.FieldError> errors(byte[] file) {
        try {
            SurveySheet.read(survey.definition(), new ByteArrayInputStream(file));
        } catch (ProblemException e) {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
            return e.toProblem().errors();
        }
        throw new AssertionError("the file was accepted");
    }

    /** Bandai's filled template, changed as a user might change it in Excel. */
    private byte[] edit(Consumer<Sheet> change) {
        byte[] file = Tables.xlsx(SurveySheet.template(survey, Optional.of(SurveyFixtures.answers("bandai"))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheet(SurveySheet.SHEET));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String cellText(Sheet sheet, int row, int column) {
        var cell = sheet.getRow(row).getCell(column);
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue()
                : "#" + cell.getNumericCellValue();
    }

    private static void set(Sheet sheet, int row, int column, String text) {
        if (text.startsWith("#")) {
            sheet.getRow(row).getCell(column).setCellValue(Double.parseDouble(text.substring(1)));
        } else {
            sheet.getRow(row).getCell(column).setCellValue(text);
        }
    }
}
