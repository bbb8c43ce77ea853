package reel.metrics;

import java.util.Map;

/**
 * The numbers of {@code /reel/metrics} as a JMX MXBean ({@code reel:type=Streaming,context=/reel}), for
 * JConsole and JMX exporters. An MXBean uses only open types, so a JMX client needs none of reel's classes.
 */
public interface StreamingMXBean {

    /** The deployment these numbers are from: {@code 002} for {@code reel##002.war}, empty for {@code reel.war}. */
    String getWebappVersion();

    /** Finished video requests per HTTP status, keyed by the status as text. */
    Map<String, Long> getRequestsByStatus();

    long getRequests();

    long getBytesServed();

    long getActiveStreams();

    long getRangeResponses();

    long getFullResponses();

    long getClientAborts();

    /** Responses cut short because the file could not be read, or changed under the stream. */
    long getReadFailures();

    /** Responses handed to the connector's sendfile, left out of bytes, aborts, read failures and durations. */
    long getSendfileResponses();

    /** Cumulative counts keyed by upper bound in seconds as Prometheus writes it ({@code 0.1} ... {@code +Inf}). */
    Map<String, Long> getStreamDurationBuckets();

    long getStreamDurationCount();

    double getStreamDurationSecondsSum();

    /** Streams that may run at once (max-streams). */
    long getStreamBudget();

    /** Streams holding a place in the budget now. */
    long getBudgetedStreams();

    /** Video requests answered 503 because the stream budget was full. */
    long getStreamRefusals();

    /** Whether {@code /reel/health} answers 503 so that a load balancer takes this node out; see {@link Drain}. */
    boolean isDraining();

    /** Takes this node out gently: health and new requests answer 503, running streams finish. */
    void drain();

    /** Brings a node drained by {@link #drain()} back (a drain file that exists keeps it draining). */
    void undrain();
}
