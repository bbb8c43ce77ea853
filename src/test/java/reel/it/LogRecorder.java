package reel.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;

/**
 * Keeps the {@code java.util.logging} records that reach the root logger while a {@link ReelServer}
 * runs: everything the {@code reel} loggers log, at every level, and whatever Tomcat logs at INFO and
 * above (including the SEVERE record and stack trace Tomcat writes when a servlet throws). Tomcat's
 * console output is unchanged. Tests assert on {@link #problems()} and {@link #withStackTraces()}.
 */
public final class LogRecorder extends Handler {

    private static final String REEL_LOGGER = "reel";
    private static final Formatter MESSAGES = new SimpleFormatter();

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private final Logger reel = Logger.getLogger(REEL_LOGGER);
    private final Logger root = Logger.getLogger("");
    private final Level reelLevelBefore = reel.getLevel();

    private LogRecorder() {
        setLevel(Level.ALL);
    }

    static LogRecorder attach() {
        LogRecorder recorder = new LogRecorder();
        recorder.reel.setLevel(Level.ALL);
        recorder.root.addHandler(recorder);
        return recorder;
    }

    void detach() {
        root.removeHandler(this);
        reel.setLevel(reelLevelBefore);
    }

    /** Every record kept so far, oldest first. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Records from {@code reel} and its child loggers, at every level. */
    public List<LogRecord> reelRecords() {
        return records.stream().filter(LogRecorder::isFromReel).toList();
    }

    /** Records at WARNING or above, from any logger. */
    public List<LogRecord> problems() {
        return atOrAbove(Level.WARNING);
    }

    public List<LogRecord> atOrAbove(Level level) {
        return records.stream().filter(record -> record.getLevel().intValue() >= level.intValue()).toList();
    }

    /** Records that carry a {@link Throwable}, which the console prints as a stack trace. */
    public List<LogRecord> withStackTraces() {
        return records.stream().filter(record -> record.getThrown() != null).toList();
    }

    /** Forgets what was kept, so that a test can look only at what its own requests caused. */
    public void clear() {
        records.clear();
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        records.clear();
    }

    /**
     * One line per record, a thrown exception named but without its stack trace (the console has it);
     * meant for assertion messages.
     */
    @Override
    public String toString() {
        return describe(records);
    }

    public static String describe(List<LogRecord> records) {
        return records.stream().map(LogRecorder::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(LogRecord record) {
        String line = record.getLevel() + " [" + record.getLoggerName() + "] " + MESSAGES.formatMessage(record);
        return record.getThrown() == null ? line : line + " (" + record.getThrown() + ")";
    }

    private static boolean isFromReel(LogRecord record) {
        String name = record.getLoggerName();
        return name != null && (name.equals(REEL_LOGGER) || name.startsWith(REEL_LOGGER + "."));
    }
}
