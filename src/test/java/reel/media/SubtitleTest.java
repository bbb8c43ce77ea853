package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.http.EntityTag;

class SubtitleTest {

    private static final EntityTag TAG = new EntityTag("2710-663212a0", false);

    private static final LibraryPath FOLDER = LibraryPath.parse("/Talks").orElseThrow();

    @ParameterizedTest(name = "{1} beside {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # same base name: a subtitle without a stated language
            Test Pattern.mp4  | Test Pattern.vtt        | und
            Test Pattern.mp4  | Test Pattern.VTT        | und
            Talk.en.mp4       | Talk.en.vtt             | und
            # base name and a language tag
            Talk.mp4          | Talk.en.vtt             | en
            Talk.mp4          | Talk.pt-BR.vtt          | pt-BR
            Talk.mp4          | Talk.zh-Hant.vtt        | zh-Hant
            # SubRip, converted to WebVTT when served
            Talk.mp4          | Talk.srt                | und
            Talk.mp4          | Talk.de.SRT             | de
            # not this video's subtitles
            Talk.mp4          | Talk.ass                | none
            Talk.mp4          | Talk.srt.txt            | none
            Talk.mp4          | Talk 2.vtt              | none
            Talk.mp4          | talk.vtt                | none
            Talk.mp4          | Talk.english.vtt        | none
            Talk.mp4          | Talk.e.vtt              | none
            Talk.mp4          | Talk..vtt               | none
            Talk.mp4          | Talk.en.x.vtt           | none
            Talk.mp4          | Talk.mp4                | none
            """)
    void matchesByName(String videoName, String candidateName, String expectedLanguage) {
        assertEquals(expectedLanguage, Subtitle.match(FOLDER, videoName, candidateName, TAG)
                .map(Subtitle::sourceLanguage).orElse("none"));
    }

    @ParameterizedTest(name = "{0} is labelled {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Talk.vtt        | Subtitles
            Talk.en.vtt     | English
            Talk.pt-BR.vtt  | Portuguese (Brazil)
            Talk.de.vtt     | German
            """)
    void labelsByLanguage(String candidateName, String expectedLabel) {
        assertEquals(expectedLabel, Subtitle.match(FOLDER, "Talk.mp4", candidateName, TAG).orElseThrow().label());
    }
}
