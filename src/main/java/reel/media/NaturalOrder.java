package reel.media;

import java.util.Comparator;

/**
 * Orders names as people number episodes: case-insensitive, with runs of ASCII digits compared by
 * value, so "Ep 2" comes before "Ep 10". Digit runs are compared as text (length, then digits), so
 * no name is too long for a {@code long}. Names equal under these rules fall back to plain
 * {@link String#compareTo}, which keeps the order total and stable.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String left, String right) {
        int leftIndex = 0;
        int rightIndex = 0;
        while (leftIndex < left.length() && rightIndex < right.length()) {
            int order;
            if (isDigit(left.charAt(leftIndex)) && isDigit(right.charAt(rightIndex))) {
                int leftEnd = digitRunEnd(left, leftIndex);
                int rightEnd = digitRunEnd(right, rightIndex);
                order = compareNumbers(left.substring(leftIndex, leftEnd), right.substring(rightIndex, rightEnd));
                leftIndex = leftEnd;
                rightIndex = rightEnd;
            } else {
                order = Character.compare(fold(left.charAt(leftIndex)), fold(right.charAt(rightIndex)));
                leftIndex++;
                rightIndex++;
            }
            if (order != 0) {
                return order;
            }
        }
        int byRemainder = Boolean.compare(leftIndex < left.length(), rightIndex < right.length());
        return byRemainder != 0 ? byRemainder : left.compareTo(right);
    }

    /** By value: "007" and "7" are equal here, and only the final tie-break tells them apart. */
    private static int compareNumbers(String left, String right) {
        String leftDigits = stripLeadingZeros(left);
        String rightDigits = stripLeadingZeros(right);
        if (leftDigits.length() != rightDigits.length()) {
            return Integer.compare(leftDigits.length(), rightDigits.length());
        }
        return leftDigits.compareTo(rightDigits);
    }

    private static String stripLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    private static int digitRunEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Upper then lower, as {@link String#compareToIgnoreCase} does, so every script's case pairs fold. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
