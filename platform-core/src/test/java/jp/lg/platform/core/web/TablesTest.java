package jp.lg.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.lg.platform.core.web.Tables.SheetRow;
import jp.lg.platform.core.web.Tables.Table;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static final Table TOWNS = new Table("人口", List.of("団体コード", "団体名", "人口", "基準日"), List.of(
            Arrays.asList("382060", "西条市", 104791, LocalDate.of(2026, 4, 1)),
            Arrays.asList("383562", "上島町, \"離島\"", new BigDecimal("6250.5"), null)));

    @Test
    void csvStartsWithBomAndQuotesWhatNeedsIt() {
        String csv = new String(Tables.csv(TOWNS), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF団体コード,団体名,人口,基準日\n");
        assertThat(csv).contains("382060,西条市,104791,2026-04-01\n");
        assertThat(csv).contains("383562,\"上島町, \"\"離島\"\"\",6250.5,\n");
    }

    @Test
    void xlsxReadsBackWithCellReferencesAndTypes() {
        List<SheetRow> rows = Tables.readXlsx(new ByteArrayInputStream(Tables.xlsx(TOWNS)), "人口", 100);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cell(2).text()).isEqualTo("人口");
        SheetRow saijo = rows.get(1);
        assertThat(saijo.number()).isEqualTo(2);
        assertThat(saijo.cell(0).value()).isEqualTo("382060");
        assertThat(saijo.cell(2).ref()).isEqualTo("C2");
        assertThat(saijo.cell(2).value()).isEqualTo(new BigDecimal("104791"));
        assertThat(saijo.cell(3).value()).isEqualTo(LocalDate.of(2026, 4, 1));
        SheetRow kamijima = rows.get(2);
        assertThat(kamijima.cell(2).value()).isEqualTo(new BigDecimal("6250.5"));
        assertThat(kamijima.cell(3).value()).isNull();
        assertThat(kamijima.cell(3).ref()).isEqualTo("D3");
        assertThat(kamijima.cell(9).ref()).isEqualTo("J3");
    }

    @Test
    void aMissingSheetIsNamed() {
        assertThatThrownBy(() -> Tables.readXlsx(new ByteArrayInputStream(Tables.xlsx(TOWNS)), "回答", 100))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("「回答」");
    }

    @Test
    void tooManyRowsAreRefusedBeforeReading() {
        assertThatThrownBy(() -> Tables.readXlsx(new ByteArrayInputStream(Tables.xlsx(TOWNS)), null, 2))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("at most 2");
    }

    @Test
    void somethingThatIsNotAWorkbookIsAValidationErrorNotACrash() throws IOException {
        byte[] csv = Tables.csv(TOWNS);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        for (byte[] body : List.of(csv, zip.toByteArray(), new byte[0])) {
            assertThatThrownBy(() -> Tables.readXlsx(new ByteArrayInputStream(body), null, 100))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.VALIDATION_FAILED))
                    .hasMessageContaining(".xlsx");
        }
    }
}
