import java.nio.ByteBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The status code from the first bytes of a response, fed as they arrive; 0 until the status line is in. */
final class StatusLine {
    private final StringBuilder head = new StringBuilder();
    private int code;

    void feed(ByteBuffer bytes) {
        while (code == 0 && bytes.hasRemaining() && head.length() < 64) {
            char c = (char) bytes.get();
            head.append(c);
            Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3}) ").matcher(head);
            if (m.find()) {
                code = Integer.parseInt(m.group(1));
            }
        }
    }

    int code() {
        return code;
    }
}
