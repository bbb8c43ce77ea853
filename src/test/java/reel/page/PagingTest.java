package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages of 120 videos: how many, where each starts, whether it exists, and which numbers are linked. */
class PagingTest {

    @ParameterizedTest(name = "page {0} of {1} videos: last {2}, from {3}, exists {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # nothing and one page: there is always a first page
            1          | 0      | 1  | 0          | true
            2          | 0      | 1  | 120        | false
            1          | 1      | 1  | 0          | true
            1          | 120    | 1  | 0          | true
            # one more video makes another page
            1          | 121    | 2  | 0          | true
            2          | 121    | 2  | 120        | true
            3          | 121    | 2  | 240        | false
            84         | 10000  | 84 | 9960       | true
            85         | 10000  | 84 | 10080      | false
            # far past the end: the start stays a number, never wraps
            999999999  | 10000  | 84 | 2147483647 | false
            """)
    void countsPages(int page, int total, int lastPage, int first, boolean exists) {
        Paging paging = new Paging(page, Paging.VIDEOS_PER_PAGE, total);

        assertEquals(lastPage, paging.lastPage());
        assertEquals(first, paging.first());
        assertEquals(exists, paging.exists());
        assertEquals(page > 1, paging.hasPrevious());
        assertEquals(page < lastPage, paging.hasNext());
    }

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 1  | 1
            1  | 2  | 1 2
            1  | 7  | 1 2 3 7
            # a gap of one page shows the page instead
            4  | 7  | 1 2 3 4 5 6 7
            1  | 84 | 1 2 3 84
            3  | 84 | 1 2 3 4 5 84
            5  | 84 | 1 2 3 4 5 6 7 84
            6  | 84 | 1 4 5 6 7 8 84
            42 | 84 | 1 40 41 42 43 44 84
            80 | 84 | 1 78 79 80 81 82 83 84
            81 | 84 | 1 79 80 81 82 83 84
            84 | 84 | 1 82 83 84
            """)
    void linksTheFirstTheLastAndTheNeighboursOfTheCurrentPage(int page, int lastPage, String expected) {
        Paging paging = new Paging(page, 1, lastPage);

        assertEquals(Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList(), paging.numbers());
    }

    @ParameterizedTest(name = "page {0}, size {1}, total {2} is refused")
    @CsvSource({"0, 120, 10", "-1, 120, 10", "1, 0, 10", "1, 120, -1"})
    void refusesNonsense(int page, int size, int total) {
        assertThrows(IllegalArgumentException.class, () -> new Paging(page, size, total));
    }
}
