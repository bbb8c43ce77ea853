package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            # punctuation separates words
            Ep 01 - The Start        | ep,01,the,start
            Mr.Robot                 | mr,robot
            Spider-Man               | spider,man
            my_video_final           | my,video,final
            Café (1995) [HD]         | cafe,1995,hd
            a/b\\c:d                  | a,b,c,d
            # apostrophes join, as people type without them
            It's a Wonderful Life    | its,a,wonderful,life
            Rock ’n’ Roll            | rock,n,roll
            # letters and digits together are one word
            S01E02                   | s01e02
            # scripts without spaces: one word, found by any part of it
            日本語のテスト              | 日本語のテスト
            नमस्ते दुनिया              | नमस्ते,दुनिया
            # nothing to search by
            ''                       | ''
            ' -- ~~ '                | ''
            """)
    void splitsFoldedTextIntoWords(String text, String words) {
        List<String> expected = words.isEmpty() ? List.of() : Arrays.asList(words.split(","));

        assertEquals(expected, Words.of(text));
    }

    @Test
    void theSearchTextHasASpaceBeforeAndAfterEveryWord() {
        assertEquals(" cafe au lait ", Words.searchText("Café-au-Lait"));
        assertEquals("  ", Words.searchText("--"), "no words: nothing is found in it");
    }
}
