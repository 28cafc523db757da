package jp.lg.platform.insights;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.core.web.Tables;

/**
 * An uploaded dataset file as a header and rows of cells, each cell knowing where it is: a CSV line
 * ({@code line 7}) or an Excel row and cell ({@code row 7, C7}). CSV may be UTF-8 (with or without BOM) or,
 * as Japanese Excel saves it, Shift_JIS (Windows-31J); lines starting with {@code #} are comments. An .xlsx
 * is read with {@link Tables#readXlsx}. Blank rows are skipped.
 */
record DatasetFile(List<String> header, int headerNumber, boolean xlsx, List<Line> lines) {

    static final int MAX_ROWS = 50_000;
    /** The largest file: the import's own body limit ({@link jp.lg.platform.core.web.BodyLimit}), above the server's. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final CsvMapper CSV = new CsvMapper();
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** One row: its CSV line or Excel row number and its cells, in column order. */
    record Line(int number, List<Cell> cells) {}

    /** A value as text (numbers as plain decimals), and its Excel reference when read from a workbook. */
    record Cell(String text, Object value, String ref) {}

    /** Where a cell is, for an error message: {@code line 7 (年度)} or {@code row 7, C7 (年度)}. */
    String where(Line line, int column) {
        String name = column < header.size() ? header.get(column) : "";
        if (xlsx) {
            Cell cell = column < line.cells().size() ? line.cells().get(column) : null;
            String ref = cell == null ? "" : ", " + cell.ref();
            return "row " + line.number() + ref + " (" + name + ")";
        }
        return "line " + line.number() + " (" + name + ")";
    }

    static DatasetFile read(byte[] content, boolean xlsx, String sheet) {
        if (content == null || content.length == 0) {
            throw invalid("The file is empty. / ファイルが空です。", "file", "is empty / 空です");
        }
        return xlsx ? xlsx(content, sheet) : csv(content);
    }

    private static DatasetFile xlsx(byte[] content, String sheet) {
        List<Tables.SheetRow> rows = Tables.readXlsx(new ByteArrayInputStream(content), sheet, MAX_ROWS);
        List<Line> lines = new ArrayList<>();
        for (Tables.SheetRow row : rows) {
            if (!row.blank()) {
                lines.add(new Line(row.number(), row.cells().stream()
                        .map(c -> new Cell(c.text(), c.value(), c.ref())).toList()));
            }
        }
        return withHeader(lines, true);
    }

    private static DatasetFile csv(byte[] content) {
        String text = decode(content);
        List<Line> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.ALLOW_COMMENTS)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(text)) {
            while (it.hasNextValue()) {
                int number = it.getParser().currentLocation().getLineNr();
                List<String> values = it.nextValue();
                if (lines.size() >= MAX_ROWS) {
                    throw invalid("The file has more than " + MAX_ROWS + " rows. / 行数が多すぎます（上限 " + MAX_ROWS + " 行）。",
                            "file", "too many rows / 行数が多すぎます");
                }
                if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
                    lines.add(new Line(number, values.stream().map(v -> new Cell(blankToNull(v), blankToNull(v), null))
                            .toList()));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw invalid("The file is not readable CSV: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + " / CSV として読み取れません。", "file", "not CSV / CSV ではありません");
        }
        return withHeader(lines, false);
    }

    private static DatasetFile withHeader(List<Line> lines, boolean xlsx) {
        if (lines.isEmpty()) {
            throw invalid("The file has no header row. / 見出し行がありません。", "file", "no header / 見出し行がありません");
        }
        Line head = lines.get(0);
        return new DatasetFile(head.cells().stream().map(c -> c.text() == null ? "" : c.text().strip()).toList(),
                head.number(), xlsx, List.copyOf(lines.subList(1, lines.size())));
    }

    /** UTF-8 (BOM dropped) when the bytes are UTF-8, else Windows-31J (Shift_JIS as Excel writes it). */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_31J);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ProblemException invalid(String detail, String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, List.of(new FieldError(field, message)));
    }
}
