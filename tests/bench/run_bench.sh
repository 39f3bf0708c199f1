#!/usr/bin/env bash
# Benchmarks gpu-setup's download+verify and extraction against the usual tools, measured in
# the same run on the same files (ratios, not absolute pass/fail timings).
#   tests/bench/run_bench.sh [BUILD_DIR] [SIZES_GIB...]     e.g. tests/bench/run_bench.sh build 1 4
# Needs: nginx (nginx-light), curl, openssl, GNU time, xz-utils, bsdtar (libarchive-tools).
# Everything lives in a temporary folder that is removed at the end (also on Ctrl-C).
set -euo pipefail
BUILD=${1:-build}
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 4)
GPU_SETUP=$(readlink -f "$BUILD/app/gpu-setup")
[ -x "$GPU_SETUP" ] || { echo "no $BUILD/app/gpu-setup: build it first" >&2; exit 2; }
for t in nginx curl openssl xz bsdtar tar /usr/bin/time; do
  command -v "$t" >/dev/null || { echo "missing $t (see the header of $0)" >&2; exit 2; }
done
RUNS=${RUNS:-2}
WORK=$(mktemp -d "${TMPDIR:-/var/tmp}/gpusetup-bench.XXXXXX")
chmod 755 "$WORK"
PORT=$((20000 + RANDOM % 20000))
cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
export XDG_STATE_HOME=$WORK/state

# timed NAME CMD...: wall seconds and peak RSS (KiB) of CMD, appended to $WORK/times
timed() {
  local name=$1; shift
  sync
  /usr/bin/time -f '%e %M' -o "$WORK/t.out" "$@" >/dev/null
  read -r secs rss <"$WORK/t.out"
  printf '%-34s %8.2f s %8d KiB\n' "$name" "$secs" "$rss"
  echo "${name// /_} $secs $rss" >>"$WORK/times"
}
best() { awk -v n="${1// /_}" '$1==n {if (!s || $2<s) {s=$2}} END {print s}' "$WORK/times"; }
# median wall time: with page-cache effects one lucky run can make "best" a poor summary
median() { awk -v n="${1// /_}" '$1==n {print $2}' "$WORK/times" | sort -n |
  awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }
rss() { awk -v n="${1// /_}" '$1==n {if ($3>m) {m=$3}} END {print m}' "$WORK/times"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "gpu-setup: $GPU_SETUP; runs per tool: $RUNS (best wall time kept, highest RSS kept; each round starts with the next tool)"

# --- 1. download + verify --------------------------------------------------------------------
mkdir -p "$WORK/www" "$WORK/out" "$WORK/logs" "$WORK/tmp"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $WORK/tmp/body;
  proxy_temp_path $WORK/tmp/proxy;
  fastcgi_temp_path $WORK/tmp/fastcgi;
  uwsgi_temp_path $WORK/tmp/uwsgi;
  scgi_temp_path $WORK/tmp/scgi;
  server { listen 127.0.0.1:$PORT; root $WORK/www; }
}
CONF
nginx -p "$WORK/" -c "$WORK/nginx.conf" -e "$WORK/logs/error.log"
BASE_RSS=$(/usr/bin/time -f '%M' "$GPU_SETUP" --version 2>&1 >/dev/null | tail -1)
echo "gpu-setup --version peak RSS (baseline for 'extra memory'): $BASE_RSS KiB"
for g in "${SIZES[@]}"; do
  f="$WORK/www/random-${g}g.bin"
  head -c "$((g * 1024))M" /dev/urandom >"$f"
  sha=$(openssl dgst -sha256 -r "$f" | cut -d' ' -f1)
  url="http://127.0.0.1:$PORT/$(basename "$f")"
  out="$WORK/out/file"
  curl -s -o "$out" "$url"; rm -f "$out" # warm the page cache once
  echo; echo "== download + verify, ${g} GiB random file from nginx on 127.0.0.1 =="
  # Each round starts with another tool: what ran just before (how much page cache it left,
  # what it freed) moves the next tool's time by up to 2x on a VM, so no tool always goes first.
  tools=(gpu-setup curl curl+openssl)
  for r in $(seq "$RUNS"); do
    n=${#tools[@]}
    for i in $(seq 0 $((n - 1))); do
      case ${tools[$(( (i + r - 1) % n ))]} in
        gpu-setup)
          timed "dl${g}:gpu-setup download" "$GPU_SETUP" download "$url" --sha256 "$sha" -o "$out"
          [ "$(openssl dgst -sha256 -r "$out" | cut -d' ' -f1)" = "$sha" ] || { echo "BAD FILE" >&2; exit 1; } ;;
        curl) timed "dl${g}:curl -o" curl -s -o "$out" "$url" ;;
        curl+openssl)
          timed "dl${g}:curl -o && openssl dgst" sh -c "curl -s -o '$out' '$url' && openssl dgst -sha256 '$out'" ;;
      esac
      rm -f "$out"
    done
  done
  ours=$(best "dl${g}:gpu-setup download"); c=$(best "dl${g}:curl -o"); co=$(best "dl${g}:curl -o && openssl dgst")
  echo "-> ${g} GiB: gpu-setup $ours s ($(awk -v b=$((g*1024)) -v s="$ours" 'BEGIN{printf "%.0f", b/s}') MiB/s), curl $c s, curl+openssl $co s"
  echo "   speed vs curl alone: $(ratio "$c" "$ours")x (target >= 1.0); vs curl && openssl dgst: $(ratio "$co" "$ours")x (target >= 1.6)"
  mo=$(median "dl${g}:gpu-setup download"); mc=$(median "dl${g}:curl -o"); mco=$(median "dl${g}:curl -o && openssl dgst")
  echo "   medians: gpu-setup $mo s, curl $mc s, curl+openssl $mco s: $(ratio "$mc" "$mo")x and $(ratio "$mco" "$mo")x"
  echo "   peak RSS gpu-setup $(rss "dl${g}:gpu-setup download") KiB = baseline + $(( ($(rss "dl${g}:gpu-setup download") - BASE_RSS) / 1024 )) MiB (target <= 32 MiB); curl $(rss "dl${g}:curl -o") KiB"
  rm -f "$f"
done
kill "$(cat "$WORK/nginx.pid")"; rm -f "$WORK/nginx.pid"

# --- 2. extraction of a cuDNN-shaped .tar.xz ---------------------------------------------------
echo; echo "== extraction of a cuDNN-shaped .tar.xz =="
top="$WORK/src/cudnn-linux-x86_64-9.1.0.70_cuda12-archive"
mkdir -p "$top/include" "$top/lib"
for i in $(seq 1 12); do printf '#define CUDNN_H_%d 1\n' "$i" >"$top/include/cudnn_$i.h"; done
printf '#define CUDNN_MAJOR 9\n#define CUDNN_MINOR 1\n#define CUDNN_PATCHLEVEL 0\n' >"$top/include/cudnn_version.h"
for n in adv cnn ops graph engines_precompiled engines_runtime_compiled; do
  lib="$top/lib/libcudnn_$n.so.9.1.0"
  # like a real .so: some incompressible bytes, more that compress about 4:1
  { head -c 24M /dev/urandom; head -c 42M /dev/urandom | base64 -w 0 | tr 'A-Za-z0-9+/' "$(printf 'abcd%.0s' $(seq 16))" | head -c 56M; } >"$lib"
  ln -s "libcudnn_$n.so.9.1.0" "$top/lib/libcudnn_$n.so.9"
  ln -s "libcudnn_$n.so.9" "$top/lib/libcudnn_$n.so"
done
cp "$top/lib/libcudnn_adv.so.9.1.0" "$top/lib/libcudnn.so.9.1.0"
ln -s libcudnn.so.9.1.0 "$top/lib/libcudnn.so.9"; ln -s libcudnn.so.9 "$top/lib/libcudnn.so"
echo "NVIDIA Software License Agreement" >"$top/LICENSE"
unpacked=$(du -sm "$WORK/src" | cut -f1)
archive="$WORK/cudnn.tar.xz"
# single-threaded xz, one block: like NVIDIA's own tarballs (xz -T0 -d cannot split it either)
tar -C "$WORK/src" -cf - . | xz -T1 -3 >"$archive"
echo "archive $(du -m "$archive" | cut -f1) MB, unpacked $unpacked MB"
rm -rf "$WORK/src"
dest="$WORK/dest"
for r in $(seq "$RUNS"); do
  mkdir -p "$dest"; timed "x:gpu-setup extract" "$GPU_SETUP" extract "$archive" -C "$dest"; rm -rf "$dest"
  mkdir -p "$dest"; timed "x:bsdtar -xf" bsdtar -xf "$archive" -C "$dest"; rm -rf "$dest"
  mkdir -p "$dest"; timed "x:xz -T0 -dc | tar -x" sh -c "xz -T0 -dc '$archive' | tar -x -C '$dest'"; rm -rf "$dest"
done
ours=$(best "x:gpu-setup extract"); b=$(best "x:bsdtar -xf"); x=$(best "x:xz -T0 -dc | tar -x")
echo "-> gpu-setup $ours s, bsdtar $b s, xz|tar $x s (medians $(median "x:gpu-setup extract") s, $(median "x:bsdtar -xf") s, $(median "x:xz -T0 -dc | tar -x") s)"
echo "   gpu-setup / bsdtar: $(ratio "$ours" "$b")x (target <= 1.1); gpu-setup / xz|tar: $(ratio "$ours" "$x")x"
echo "   peak RSS gpu-setup $(rss "x:gpu-setup extract") KiB, bsdtar $(rss "x:bsdtar -xf") KiB"
