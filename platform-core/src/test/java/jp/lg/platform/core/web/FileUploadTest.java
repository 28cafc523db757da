package jp.lg.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import jp.lg.platform.core.web.FileUpload.FileType;
import org.junit.jupiter.api.Test;

/** The checks every uploaded file meets before it is stored (messages' and applications' attachments). */
class FileUploadTest {

    private static final Set<FileType> ALL = Set.of(FileType.values());
    private static final Set<FileType> SCANS = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);
    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theAllowListGoesByExtensionInAnyCase() {
        assertThat(FileUpload.typeOf("資料.PDF", ALL)).contains(FileType.PDF);
        assertThat(FileUpload.typeOf("写真.jpeg", ALL)).contains(FileType.JPEG);
        assertThat(FileUpload.typeOf("集計.xlsx", ALL).map(FileType::contentType)).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(FileUpload.typeOf("集計.xlsx", SCANS)).as("not in the caller's list").isEmpty();
        assertThat(FileUpload.typeOf("setup.exe", ALL)).isEmpty();
        assertThat(FileUpload.typeOf("README", ALL)).isEmpty();
        assertThat(FileUpload.typeOf("page.html", ALL)).isEmpty();
    }

    @Test
    void aNameLosesItsPathAndControlCharacters() {
        assertThat(FileUpload.cleanName("C:\\Users\\x\\報告書.docx")).contains("報告書.docx");
        assertThat(FileUpload.cleanName("../../etc/passwd.txt")).contains("passwd.txt");
        assertThat(FileUpload.cleanName("a\u0000b.txt")).contains("ab.txt");
        assertThat(FileUpload.cleanName("dir/")).isEmpty();
        assertThat(FileUpload.cleanName(null)).isEmpty();
    }

    @Test
    void aFileWhoseBytesAreNotOfItsTypeIsRefusedOnTheBody() {
        assertThat(refusal("本人確認書類.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), SCANS))
                .isEqualTo("VALIDATION_FAILED body");
        assertThat(refusal("photo.png", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, SCANS))
                .as("a JPEG named .png").isEqualTo("VALIDATION_FAILED body");
        assertThat(FileUpload.of("photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, SCANS, 100).type())
                .isEqualTo(FileType.JPEG);
    }

    @Test
    void nameTypeEmptinessAndSizeAreEachRefused() {
        assertThat(refusal("run.exe", PDF, SCANS)).isEqualTo("VALIDATION_FAILED filename");
        assertThat(refusal("集計.xlsx", PDF, SCANS)).isEqualTo("VALIDATION_FAILED filename");
        assertThat(refusal(null, PDF, SCANS)).isEqualTo("VALIDATION_FAILED filename");
        assertThat(refusal("空.pdf", new byte[0], SCANS)).isEqualTo("VALIDATION_FAILED body");
        assertThatThrownBy(() -> FileUpload.of("資料.pdf", PDF, SCANS, PDF.length - 1))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
                    assertThat(e.getMessage()).contains(PDF.length + " bytes", "at most " + (PDF.length - 1));
                });
    }

    @Test
    void theChecksumIsSha256() {
        assertThat(HexFormat.of().formatHex(FileUpload.sha256("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(FileUpload.of("資料.pdf", PDF, SCANS, 1_000).sha256()).isEqualTo(FileUpload.sha256(PDF));
    }

    private static String refusal(String name, byte[] content, Set<FileType> allowed) {
        try {
            FileUpload.of(name, content, allowed, 1_000);
        } catch (ProblemException e) {
            return e.type() + " " + e.toProblem().errors().get(0).field();
        }
        throw new AssertionError("the file was accepted");
    }
}
