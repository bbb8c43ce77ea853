#!/usr/bin/env bash
# reel's benchmark, one command: bash bench/run.sh [viewer counts, default 1000,5000]
# (ONLY="reel, 8 KB loop" REPORT=/tmp/try.md bash bench/run.sh 1000 runs only the servers whose names start
#  with ONLY, here reel's 8 KB loop with the default heap and its two -Xmx512m variants, for trying a change;
#  ONLY is a regular expression matched from the name's start (heap-limited names end in ", -Xmx512m"), so
#  ONLY='reel, 8 KB loop$|nginx' runs the loop with the default heap only, and nginx;
#  BASELINE=<git revision> also measures reel as built from that revision, beside this one;
#  STALLED=<count> sets the clients that stop reading, default 2000, 0 leaves that workload out;
#  the library workload answers to ONLY as the name "library": ONLY=library REPORT=/tmp/library.md bash bench/run.sh
#  runs it alone, in a few minutes, and any ONLY that does not match "library" leaves it out. It writes (once, kept
#  in target/bench/library) 110,000 hard links to copies of media/Test Pattern.mp4, 1,000 folders of 100 and one
#  of 10,000, and measures this build of reel over them beside DefaultServlet listing the same folders: first
#  index, search, the big folder's pages, and Chromium's load times when /usr/bin/chromium and chromedriver exist)
# Builds reel.war and unpacks the stock Tomcat (the `run` profile without starting it), makes a 1 GiB
# file, compiles bench/*.java into target/bench/classes, then Bench (bench/Bench.java, the main) starts
# each server in turn on 127.0.0.1 and writes docs/benchmarks.md.
# Needs curl and wrk; nginx is measured when installed, by itself and in front of reel with
# deploy/nginx/reel.conf and its cache warm:  apt-get install nginx-light wrk curl
# Not part of `mvn verify`: it takes about forty minutes and wants a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in curl wrk; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing; apt-get install nginx-light wrk curl" >&2; exit 1; }
done
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || echo "bench: nginx not installed; its rows (nginx, reel behind nginx) are left out"

mvn -B -q -ntp -Prun package -Dexec.skip=true
tomcat_version=$(sed -n "s:.*<tomcat.version>\(.*\)</tomcat.version>.*:\1:p" pom.xml | head -1)
work=target/bench
mkdir -p "$work/media"
big=$work/media/big.mp4
if [[ ! -f $big || $(stat -c %s "$big") -ne 1073741824 ]]; then
  echo "bench: writing a 1 GiB file of random bytes"
  head -c 1073741824 /dev/urandom > "$big"
fi
cat "$big" > /dev/null   # into the page cache

baseline_args=()
if [[ -n ${BASELINE:-} ]]; then
  src=$work/baseline-src
  rm -rf "$src" && mkdir -p "$src"
  git archive "$BASELINE" | tar -x -C "$src"
  (cd "$src" && mvn -B -q -ntp package -DskipTests)
  baseline_args=(--baseline-war="$src/target/reel.war" --baseline-name="reel at $(git rev-parse --short "$BASELINE")")
fi

# Several source files, which the single-file source launcher (java Bench.java) cannot run.
# UTF-8 spelled out: the report's table text has µ, → and ×, whatever the machine's locale.
rm -rf "$work/classes"
# With the tests' NginxConf, so the benchmark runs deploy/nginx/reel.conf exactly as ScaleOutIT does.
javac -encoding UTF-8 -d "$work/classes" bench/*.java src/test/java/reel/it/NginxConf.java
java -cp "$work/classes" Bench --work="$work" --catalina-home="target/tomcat/apache-tomcat-$tomcat_version" \
  --war=target/reel.war --report="${REPORT:-docs/benchmarks.md}" --viewers="${1:-1000,5000}" --only="${ONLY:-}" \
  --stalled="${STALLED:-2000}" "${baseline_args[@]}"
