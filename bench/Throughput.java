/** Whole-file downloads and random ranges as fast as the server sends them, and its CPU time per GiB sent. */
record Throughput(double singleMBps, double fourMBps, double rangeRps, double rangeP99ms, double cpuSecondsPerGiB) {
}
