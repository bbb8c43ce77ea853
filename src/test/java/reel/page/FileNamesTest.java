package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest(name = "\"{0}\" shows as \"{1}\", type \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Ep 1.mp4          | Ep 1          | MP4
            clip.WebM         | clip          | WEBM
            Talk.pt-BR.mkv    | Talk.pt-BR    | MKV
            noext             | noext         | ``
            .mp4              | .mp4          | ``
            Ep 1.             | Ep 1          | ``
            """)
    void showsTheStemAsTitleAndTheExtensionAsType(String name, String title, String typeLabel) {
        assertEquals(title, FileNames.title(name));
        assertEquals(typeLabel, FileNames.typeLabel(name));
    }
}
