#!/bin/sh
# Makes the greeting studio's conversion fixtures, test/fixtures/audio/tone.{wav,mp3,m4a,ogg,flac,webm}:
# 1.5 s of 44.1 kHz stereo, 0.25 s of silence, then 1 s of a 440 Hz tone at -20 dBFS (peak 0.1) in
# both channels, then 0.25 s of silence again. Every format Chromium decodes that an operator is
# likely to bring (a phone's m4a, a studio's FLAC, an OGG/Opus or WebM voice note). The files are
# committed: CI does not need ffmpeg. Run from anywhere, with ffmpeg installed
# (`apt-get install ffmpeg`); bit-exact flags keep the encoder's version out of the files.
set -eu

out="$(dirname "$0")/../test/fixtures/audio"
mkdir -p "$out"

# (Commas inside the expression are escaped for the filter graph.)
tone='if(between(t\,0.25\,1.25)\,0.1*sin(2*PI*440*(t-0.25))\,0)'
source="aevalsrc=${tone}|${tone}:s=44100:c=stereo:d=1.5"

make() {
  name="$1"
  shift
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i "$source" -map_metadata -1 -fflags +bitexact -flags:a +bitexact "$@" "$out/$name"
}

make tone.wav -c:a pcm_s16le
make tone.mp3 -c:a libmp3lame -b:a 64k
make tone.m4a -c:a aac -b:a 64k
make tone.ogg -c:a libopus -b:a 32k
make tone.flac -c:a flac
make tone.webm -c:a libopus -b:a 32k

ls -l "$out"
