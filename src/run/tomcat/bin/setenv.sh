# CATALINA_BASE/bin/setenv.sh for `mvn -Prun package`; catalina.sh sources it. The build fills in the
# @...@ tokens. A real installation sets the media folder the same way (README, "Deploy into an existing Tomcat").
CATALINA_OPTS="$CATALINA_OPTS -Dreel.media.dir=\"@reel.media.dir@\""
# A port that is already taken stops Tomcat, and so the build, instead of leaving it running without one.
CATALINA_OPTS="$CATALINA_OPTS -Dorg.apache.catalina.startup.EXIT_ON_INIT_FAILURE=true"
