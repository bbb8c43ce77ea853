#!/usr/bin/env bash
# make-sample.sh - regenerate reel's sample media library.
#
# What it makes (all in the folder this script lives in, nothing elsewhere):
#   Test Pattern.mp4           30 s, 640x360, 25 fps, H.264 High / yuv420p + AAC-LC stereo,
#                              keyframe every 1 s, moov before mdat (+faststart).
#                              Picture: SMPTE HD bars, testsrc2, colour spectrum, gradients,
#                              testsrc, with a burnt-in running timestamp.
#                              Sound: quiet 1 kHz beep (100 ms) every second, 2 kHz on
#                              every 5th second (section changes).
#   Test Pattern.vtt           WebVTT English subtitles describing each section.
#   Shorts/Mandelbrot zoom.mp4 8 s Mandelbrot zoom, H.264/AAC as above, soft rising tone.
#   Shorts/Bars and tone.webm  6 s SMPTE colour bars + 1 kHz tone, VP9 + Opus.
#
# Everything is synthesised by ffmpeg's built-in sources (smptehdbars, testsrc2,
# colorspectrum, gradients, testsrc, mandelbrot, smptebars, aevalsrc), so the
# content is our own and carries the project's licence. Muxers and encoders run with
# bitexact flags, no metadata and a single encoder thread (x264 with VBV and several
# threads is not reproducible), and every random source parameter is pinned, so the
# same ffmpeg build produces byte-identical files (checked with Debian's 5.1.x).
#
# Needs ffmpeg + ffprobe with libx264, libvpx and libopus (Debian: apt-get install ffmpeg).
# The timestamp overlay uses DejaVu Sans Mono (Debian: fonts-dejavu-core); without that
# font the overlay is skipped and testsrc2's own frame counter is the only timer.
#
# This script is NOT run by the build. Its outputs are committed; re-run it by hand
# (bash media/make-sample.sh) only when you want to change the samples.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

for tool in ffmpeg ffprobe; do
  command -v "$tool" >/dev/null || { echo "make-sample.sh: $tool not found (apt-get install ffmpeg)" >&2; exit 1; }
done

W=640 H=360 FPS=25
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf

# Common flags: quiet, overwrite, deterministic output, no metadata/chapters.
FF=(ffmpeg -hide_banner -nostdin -loglevel error -y)
BITEXACT=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 -map_chapters -1)
# H.264 that plays in Chrome, Firefox and Safari; GOP 1 s, no scene-cut keyframes.
X264=(-c:v libx264 -preset slow -profile:v high -level:v 3.1 -pix_fmt yuv420p
      -g "$FPS" -keyint_min "$FPS" -sc_threshold 0 -threads 1 -tag:v avc1)
AAC=(-c:a aac -b:a 96k -ar 48000 -ac 2)

tmpfiles=()
cleanup() { if ((${#tmpfiles[@]})); then rm -f -- "${tmpfiles[@]}"; fi; }
trap cleanup EXIT

# run_ff OUTPUT ARGS... : encode to a temp file next to OUTPUT, then rename.
run_ff() {
  local out="$1"; shift
  local tmp
  tmp="$(dirname "$out")/.tmp.$$.$(basename "$out")"
  tmpfiles+=("$tmp")
  echo "making $out" >&2
  "${FF[@]}" "$@" "$tmp"
  mv -f -- "$tmp" "$out"
}

# Fail unless the top-level 'moov' box comes before 'mdat' (i.e. +faststart worked).
check_faststart() {
  local order
  order="$(ffprobe -v trace -i "$1" 2>&1 | sed -n "s/.*type:'\([a-z]*\)' parent:'root'.*/\1/p" | tr '\n' ' ')"
  case "$order" in
    *moov*mdat*) echo "  $1: top-level boxes: $order(ok, moov before mdat)" >&2 ;;
    *) echo "make-sample.sh: $1 is not faststart (top-level boxes: $order)" >&2; exit 1 ;;
  esac
}

mkdir -p Shorts

# ---------------------------------------------------------------- Test Pattern.mp4
# Five sections of 5/10/5/5/5 s, concatenated, 30 s in total. testsrc2 and testsrc
# are started early and trimmed so that their built-in clocks show the real video time.
src="smptehdbars=s=${W}x${H}:r=${FPS}:d=5,format=yuv420p,setsar=1[v0];"
src+="testsrc2=s=${W}x${H}:r=${FPS}:d=15,trim=start=5,setpts=PTS-STARTPTS,format=yuv420p,setsar=1[v1];"
src+="colorspectrum=s=${W}x${H}:r=${FPS}:d=5:type=all,format=yuv420p,setsar=1[v2];"
# gradients: colours and line given explicitly (its defaults are random on every run).
src+="gradients=s=${W}x${H}:r=${FPS}:d=5:n=4:c0=0x1a2a6c:c1=0xb21f1f:c2=0xfdbb2d:c3=0x22c1c3"
src+=":x0=120:y0=180:x1=520:y1=180:speed=0.03,format=yuv420p,setsar=1[v3];"
src+="testsrc=s=${W}x${H}:r=${FPS}:d=30,trim=start=25,setpts=PTS-STARTPTS,format=yuv420p,setsar=1[v4];"
src+="[v0][v1][v2][v3][v4]concat=n=5:v=1:a=0"
if [[ -r "$FONT" ]]; then
  src+=",drawtext=fontfile=${FONT}:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=6"
  src+=":x=(w-tw)/2:y=h-th-18:text='reel test pattern  %{pts\\:hms}  frame %{frame_num}'"
else
  echo "note: $FONT not found, skipping timestamp overlay (apt-get install fonts-dejavu-core)" >&2
fi
src+="[v]"
# 100 ms beep each second at -18 dBFS: 2 kHz on seconds 0,5,10,.. (section starts), else 1 kHz.
beep="0.125*sin(2*PI*if(lt(mod(t,5),1),2000,1000)*t)*lt(mod(t,1),0.1)"
run_ff "Test Pattern.mp4" \
  -filter_complex "${src};aevalsrc=exprs='${beep}|${beep}':c=stereo:s=48000:d=30[a]" \
  -map "[v]" -map "[a]" "${X264[@]}" -crf 28 -maxrate 600k -bufsize 1200k \
  "${AAC[@]}" "${BITEXACT[@]}" -movflags +faststart -t 30

# ---------------------------------------------------------------- Test Pattern.vtt
cat > "Test Pattern.vtt" <<'EOF'
WEBVTT

NOTE Generated by make-sample.sh for reel's sample media. Timings match "Test Pattern.mp4".

1
00:00:00.000 --> 00:00:05.000
Seconds 0 to 5: SMPTE HD colour bars.
[beep every second, high beep at each section start]

2
00:00:05.000 --> 00:00:10.000
Seconds 5 to 10: moving test pattern
with a frame counter.

3
00:00:10.000 --> 00:00:15.000
Seconds 10 to 15: same pattern –
try seeking: there is a keyframe every second.

4
00:00:15.000 --> 00:00:20.000
Seconds 15 to 20: full colour spectrum.

5
00:00:20.000 --> 00:00:25.000
Seconds 20 to 25: rotating colour gradient.

6
00:00:25.000 --> 00:00:30.000
Seconds 25 to 30: classic test card with counter.
The end.
EOF

# ---------------------------------------------------------------- Shorts/Mandelbrot zoom.mp4
# 8 s zoom into the default Mandelbrot spot, with a quiet tone rising 220 Hz -> 880 Hz
# (phase = integral of f(t) = 220 * 4^(t/8)).
chirp="0.1*sin(2*PI*220*8/log(4)*(pow(4,t/8)-1))"
run_ff "Shorts/Mandelbrot zoom.mp4" \
  -filter_complex "mandelbrot=s=${W}x${H}:r=${FPS}:maxiter=1024,trim=duration=8,format=yuv420p,setsar=1[v];aevalsrc=exprs='${chirp}|${chirp}':c=stereo:s=48000:d=8[a]" \
  -map "[v]" -map "[a]" "${X264[@]}" -crf 30 -maxrate 450k -bufsize 900k \
  "${AAC[@]}" "${BITEXACT[@]}" -movflags +faststart -t 8

# ---------------------------------------------------------------- Shorts/Bars and tone.webm
# 6 s classic SMPTE bars with a 1 kHz line-up tone at -20 dBFS; VP9 + Opus.
run_ff "Shorts/Bars and tone.webm" \
  -filter_complex "smptebars=s=${W}x${H}:r=${FPS}:d=6,format=yuv420p,setsar=1[v];aevalsrc=exprs='0.1*sin(2*PI*1000*t)|0.1*sin(2*PI*1000*t)':c=stereo:s=48000:n=960:d=6[a]" \
  -map "[v]" -map "[a]" \
  -c:v libvpx-vp9 -b:v 0 -crf 40 -deadline good -cpu-used 2 -row-mt 0 -threads 1 -g "$FPS" \
  -c:a libopus -b:a 64k \
  "${BITEXACT[@]}" -t 6 -f webm

check_faststart "Test Pattern.mp4"
check_faststart "Shorts/Mandelbrot zoom.mp4"
echo "done:" >&2
du -ah . >&2
