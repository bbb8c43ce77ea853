/** What one range request after a workload got. */
enum RangeCheck {
    EXACT("exact"), WRONG("**wrong bytes**"), NO_ANSWER("**no answer in 10 s**");

    final String label;

    RangeCheck(String label) {
        this.label = label;
    }
}
