# Started by `mvn -Prun package` with CATALINA_HOME and CATALINA_BASE set; the build fills in the @...@
# tokens. Runs Tomcat's own catalina.sh in the foreground: Ctrl+C reaches Maven and Tomcat and stops both.
echo "reel: open http://localhost:@reel.http.port@/reel/ (Ctrl+C stops Tomcat)"

# If Maven is stopped some other way (kill <pid>, an IDE's stop button), Tomcat must not keep the port.
# This shell's PID becomes Tomcat's (the exec below, then catalina.sh's own exec of java); $PPID is Maven.
tomcat=$$
maven=$PPID
(
  while kill -0 "$tomcat" 2>/dev/null; do
    if ! kill -0 "$maven" 2>/dev/null; then
      kill "$tomcat"
      break
    fi
    sleep 1
  done
) </dev/null >/dev/null 2>&1 &

# The zip does not keep the execute bit, so the script runs through sh.
exec sh "$CATALINA_HOME/bin/catalina.sh" run
