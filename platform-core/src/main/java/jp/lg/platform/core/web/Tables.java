package jp.lg.platform.core.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables that users open in Excel: written as CSV (UTF-8 with a byte-order mark, so Excel reads the
 * Japanese) or as {@code .xlsx}, and {@code .xlsx} uploads read back as rows with Excel's cell
 * references, so a validation error can say "C7" and the user finds the cell.
 */
public final class Tables {

    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] BOM = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    private static final CsvMapper CSV = new CsvMapper();

    private Tables() {}

    /**
     * One sheet: a title (the sheet name in a workbook), column headers and rows. A cell is a
     * {@link Number} (written as a number), a {@link LocalDate}, any other object (written as its
     * text) or {@code null} (blank).
     */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** A row read from a spreadsheet: its Excel row number (1-based) and its cells from column A. */
    public record SheetRow(int number, List<SheetCell> cells) {

        /** The cell in a column (0 = A), blank when the row is shorter. */
        public SheetCell cell(int column) {
            return column < cells.size() ? cells.get(column)
                    : new SheetCell(new CellReference(number - 1, column).formatAsString(false), null);
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c.value() == null);
        }
    }

    /**
     * A cell read from a spreadsheet: its reference ("C7") and its value, a trimmed non-empty
     * {@link String}, a {@link BigDecimal}, a {@link LocalDate}, a {@link Boolean}, or {@code null}
     * when blank. A formula gives its cached result.
     */
    public record SheetCell(String ref, Object value) {

        public String text() {
            if (value == null) {
                return null;
            }
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
    }

    public static byte[] csv(Table table) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.headers().forEach(schema::addColumn);
        List<List<String>> lines = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            List<String> line = new ArrayList<>(row.size());
            for (Object value : row) {
                line.add(value == null ? ""
                        : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
            lines.add(line);
        }
        try {
            byte[] body = CSV.writer(schema.build()).writeValueAsBytes(lines);
            ByteArrayOutputStream out = new ByteArrayOutputStream(BOM.length + body.length);
            out.writeBytes(BOM);
            out.writeBytes(body);
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(Table table) {
        return xlsx(List.of(table));
    }

    /** A workbook with one sheet per table, headers bold and frozen, columns sized to their text. */
    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(header);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (value instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (value instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < table.headers().size(); c++) {
                    // Japanese text is about two characters wide; 256 units per character, capped by Excel
                    int widest = table.headers().get(c).length() * 2;
                    for (List<Object> values : table.rows()) {
                        if (c < values.size() && values.get(c) != null) {
                            widest = Math.max(widest, values.get(c).toString().length() * 2);
                        }
                    }
                    sheet.setColumnWidth(c, Math.min(255, Math.max(8, widest + 2)) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a sheet of an uploaded {@code .xlsx}, blank rows included (so row numbers match
     * Excel's). A file that is not a readable workbook, has no such sheet or has more than
     * {@code maxRows} rows is a {@link ProblemType#VALIDATION_FAILED} that says what to send instead.
     *
     * @param sheetName the sheet to read, or {@code null} for the first
     */
    public static List<SheetRow> readXlsx(InputStream in, String sheetName, int maxRows) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED,
                        "The workbook has no sheet named 「" + sheetName + "」; upload the template downloaded from"
                                + " the platform without renaming its sheets. / シート「" + sheetName
                                + "」がありません。ダウンロードした様式のシート名を変えずにアップロードしてください。",
                        List.of(new Problem.FieldError("file", "sheet " + sheetName + " missing / シートがありません")));
            }
            if (sheet.getLastRowNum() + 1 > maxRows) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED,
                        "The sheet has " + (sheet.getLastRowNum() + 1) + " rows; at most " + maxRows
                                + " are accepted. / 行数が多すぎます（上限 " + maxRows + " 行）。",
                        List.of(new Problem.FieldError("file", "too many rows / 行数が多すぎます")));
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<SheetCell> cells = new ArrayList<>();
                int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
                for (int c = 0; c < width; c++) {
                    cells.add(new SheetCell(new CellReference(r, c).formatAsString(false), value(row.getCell(c))));
                }
                rows.add(new SheetRow(r + 1, cells));
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a non-zip, a zip bomb or a broken part as IOException or as its own runtime exceptions
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "The file is not a readable .xlsx workbook; save it from Excel as 「Excel ブック (*.xlsx)」 and"
                            + " upload it again. / .xlsx 形式のブックとして読み取れません。Excel ブック (*.xlsx) として保存し直してください。",
                    List.of(new Problem.FieldError("file", "not an .xlsx workbook / .xlsx として読み取れません")));
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case STRING -> {
                String text = cell.getStringCellValue().strip();
                yield text.isEmpty() ? null : text;
            }
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
