package reel.subtitle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts SubRip ({@code .srt}) text to WebVTT, which is what browsers' {@code <track>} reads. Cues
 * keep their number as identifier; timings get WebVTT's dot and two-digit fields; any line ending
 * works; {@code <b> <i> <u>} stay, other tags ({@code <font>}, {@code {\an8}}) go, and text is
 * escaped so that a stray {@code <}, {@code &} or {@code -->} cannot break the cue. Text before the first
 * timing line is dropped, as a browser would drop a block without timing.
 */
public final class SubRipToWebVtt {

    // SubRip writes 00:01:02,345; tools also write dots, one-digit fields, and coordinates after the end.
    private static final Pattern TIMING = Pattern.compile(
            "(\\d{1,3}):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})\\s*-->\\s*(\\d{1,3}):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3}).*");
    private static final Pattern SEQUENCE_NUMBER = Pattern.compile("\\d+");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z]+)[^>]*>|\\{\\\\[^}]*}");
    private static final List<String> KEPT_TAGS = List.of("b", "i", "u");

    private SubRipToWebVtt() {
    }

    public static String convert(String subRip) {
        String text = subRip.startsWith("\uFEFF") ? subRip.substring(1) : subRip;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Integer> timings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (TIMING.matcher(lines[i].strip()).matches()) {
                timings.add(i);
            }
        }
        StringBuilder webVtt = new StringBuilder("WEBVTT\n");
        for (int t = 0; t < timings.size(); t++) {
            int end = t + 1 < timings.size() ? timings.get(t + 1) : lines.length;
            webVtt.append('\n').append(cue(lines, timings.get(t), end));
        }
        return webVtt.toString();
    }

    /**
     * One cue: from its timing line to the next one, which is where a cue ends even when a file leaves
     * out the blank line between cues. Blank lines inside are dropped (WebVTT ends a cue at one), the
     * text after them kept; the number on the line before a timing line belongs to that cue.
     */
    private static String cue(String[] lines, int timingLine, int nextTiming) {
        StringBuilder cue = new StringBuilder();
        if (isSequenceNumber(lines, timingLine - 1)) {
            // SubRip's sequence number: a valid WebVTT identifier.
            cue.append(lines[timingLine - 1].strip()).append('\n');
        }
        Matcher timing = TIMING.matcher(lines[timingLine].strip());
        timing.matches();
        cue.append(timestamp(timing, 1)).append(" --> ").append(timestamp(timing, 5)).append('\n');
        int textEnd = isSequenceNumber(lines, nextTiming - 1) && nextTiming < lines.length ? nextTiming - 1 : nextTiming;
        for (int i = timingLine + 1; i < textEnd; i++) {
            String line = cueText(lines[i]).strip();
            if (!line.isEmpty()) {
                cue.append(line).append('\n');
            }
        }
        return cue.toString();
    }

    private static boolean isSequenceNumber(String[] lines, int index) {
        return index >= 0 && index < lines.length && SEQUENCE_NUMBER.matcher(lines[index].strip()).matches();
    }

    /** WebVTT §4.2: hours of at least two digits, then mm:ss.ttt; a short fraction is tenths or hundredths. */
    static String timestamp(Matcher timing, int firstGroup) {
        int hours = Integer.parseInt(timing.group(firstGroup));
        int minutes = Integer.parseInt(timing.group(firstGroup + 1));
        int seconds = Integer.parseInt(timing.group(firstGroup + 2));
        String fraction = (timing.group(firstGroup + 3) + "00").substring(0, 3);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%s", hours, minutes, seconds, fraction);
    }

    /** WebVTT §4.2.2: cue text escapes {@code & < >}; only the formatting tags both languages share survive. */
    static String cueText(String line) {
        StringBuilder text = new StringBuilder();
        Matcher tag = TAG.matcher(line);
        int position = 0;
        while (tag.find()) {
            text.append(escape(line.substring(position, tag.start())));
            String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(Locale.ROOT);
            if (KEPT_TAGS.contains(name)) {
                text.append('<').append(tag.group(1)).append(name).append('>');
            }
            position = tag.end();
        }
        return text.append(escape(line.substring(position))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
