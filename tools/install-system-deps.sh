#!/usr/bin/env bash
# Debian packages Seller Inbox needs on a bare machine: Qt's libraries for the PySide6
# wheels, libmagic for attachment sniffing, Dovecot for the IMAP integration tests,
# PostgreSQL for the schema test on a server, Xvfb for real-window screenshots,
# desktop-file-utils and appstream to validate the launcher and metainfo, at-spi2-core,
# python3-pyatspi and dbus for the screen-reader (AT-SPI) test of the running window,
# dunst (a freedesktop notification server) for the deadline-alert tests.
# Installs only what is missing, and only as root.
set -euo pipefail
pkgs=(
  libegl1 libgl1 libglx0 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 fonts-dejavu-core fonts-wqy-microhei libmagic1
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xkb1 libxcb-util1 libxkbcommon-x11-0
  dovecot-imapd xvfb xauth postgresql
  desktop-file-utils appstream at-spi2-core python3-pyatspi dbus dbus-daemon dunst
)
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian system; install Qt's runtime libraries and dovecot yourself." >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: missing Debian packages: ${missing[*]}" >&2
  echo "install-system-deps: run 'sudo apt-get install ${missing[*]}' (continuing without them)." >&2
  exit 0
fi
echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
