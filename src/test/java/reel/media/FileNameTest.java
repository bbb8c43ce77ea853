package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameTest {

    @ParameterizedTest(name = "\"{0}\": stem \"{1}\", extension \"{2}\", hidden {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # a video and its subtitles
            Ep 1.mp4          | Ep 1               | mp4   | false
            Ep 1.MP4          | Ep 1               | MP4   | false
            Talk.pt-BR.srt    | Talk.pt-BR         | srt   | false
            Talk..vtt         | Talk.              | vtt   | false
            # only the last dot counts
            archive.tar.gz    | archive.tar        | gz    | false
            Part 1..2.mp4     | Part 1..2          | mp4   | false
            # no extension
            noext             | noext              | ``    | false
            Ep 1.             | Ep 1               | ``    | false
            ``                | ``                 | ``    | false
            # hidden: a leading dot starts the name, it does not start an extension
            .mp4              | .mp4               | ``    | true
            .hidden.mp4       | .hidden            | mp4   | true
            ..something.mp4   | ..something        | mp4   | true
            .git              | .git               | ``    | true
            ..                | .                  | ``    | true
            .                 | .                  | ``    | true
            """)
    void readsStemExtensionAndHiddenFromTheName(String name, String stem, String extension, boolean hidden) {
        FileName fileName = new FileName(name);

        assertEquals(stem, fileName.stem());
        assertEquals(extension, fileName.extension());
        assertEquals(hidden, fileName.isHidden());
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Ep 1.MP4          | mp4
            Talk.de.SRT       | srt
            clip.WebM         | webm
            .MP4              | ``
            """)
    void comparesExtensionsLowerCased(String name, String expected) {
        assertEquals(expected, new FileName(name).lowerCaseExtension());
    }
}
