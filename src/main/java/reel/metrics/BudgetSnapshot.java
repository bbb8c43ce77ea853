package reel.metrics;

/**
 * The stream budget at one moment.
 *
 * @param limit streams that may run at once; 0 before reel has sized its budget
 * @param running streams holding a place now (streams handed to sendfile hold none)
 * @param refusals video requests answered 503 because every place was taken, since reel started
 */
public record BudgetSnapshot(long limit, long running, long refusals) {
}
