#!/usr/bin/env bash
# Makes sure Debian's Chromium (and a CJK font, so screenshots show Chinese) is installed for the
# browser tests. Installs with apt-get when running as root; otherwise says how.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} with apt-get for the browser tests ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi

if [[ " ${need[*]} " == *" chromium "* ]]; then
  echo "The browser tests need Debian's Chromium at $chromium (or set CHROMIUM_PATH)." >&2
  echo "Install it as root:  apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
echo "Note: no CJK font found; screenshots will show boxes for Chinese (apt-get install fonts-noto-cjk)." >&2
