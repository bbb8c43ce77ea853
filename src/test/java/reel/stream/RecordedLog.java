package reel.stream;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps what one class logs, at every level, while a test runs, and keeps it out of the build output
 * where asserted warnings would look like failures. Close it after the test.
 */
public final class RecordedLog extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private final Logger logger;

    private RecordedLog(Logger logger) {
        this.logger = logger;
    }

    public static RecordedLog of(Class<?> type) {
        RecordedLog log = new RecordedLog(Logger.getLogger(type.getName()));
        log.logger.addHandler(log);
        log.logger.setLevel(Level.ALL);
        log.logger.setUseParentHandlers(false);
        return log;
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    public List<Level> levelsAtOrAbove(Level level) {
        return records.stream().map(LogRecord::getLevel).filter(l -> l.intValue() >= level.intValue()).toList();
    }

    /** "LEVEL message" of every record at or above {@code level}. */
    public List<String> messagesAtOrAbove(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue())
                .map(r -> r.getLevel() + " " + r.getMessage()).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(null);
        logger.setUseParentHandlers(true);
    }
}
