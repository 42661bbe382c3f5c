#!/bin/sh
# Installs the Debian packages JCR Desk needs on a fresh Linux machine:
#  - fonts-noto-cjk: Japanese headers, names and prefectures draw as glyphs;
#  - the X libraries Qt's xcb platform plugin loads (without them `make run` on a Linux
#    desktop stops with "could not load the Qt platform plugin xcb");
#  - libreoffice-calc-nogui (only with JCR_DESK_LIBREOFFICE=1, which `make test` sets):
#    the tests recalculate exported committee workbooks in it, headless, and render them
#    to PDF;
#  - desktop-file-utils and shared-mime-info (only with JCR_DESK_TEST_TOOLS=1, which
#    `make test` sets): the tests check the Linux desktop entry and the .jcrcase file type.
# Does nothing where the packages are present or apt-get is missing (Windows, macOS).
set -eu

need=""
if ! fc-list :lang=ja 2>/dev/null | grep -q .; then
    need="$need fonts-noto-cjk"
fi
if command -v dpkg-query >/dev/null 2>&1; then
    for package in libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 \
                   libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
            need="$need $package"
        fi
    done
fi
if [ "${JCR_DESK_LIBREOFFICE:-0}" = "1" ] && ! command -v soffice >/dev/null 2>&1; then
    need="$need libreoffice-calc-nogui"
fi
if [ "${JCR_DESK_TEST_TOOLS:-0}" = "1" ]; then
    if ! command -v desktop-file-validate >/dev/null 2>&1; then
        need="$need desktop-file-utils"
    fi
    if ! command -v update-mime-database >/dev/null 2>&1; then
        need="$need shared-mime-info"
    fi
fi
[ -n "$need" ] || exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "JCR Desk: please install$need with your system's package manager" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        echo "JCR Desk: run 'sudo apt-get install$need' (Japanese glyphs, Qt, LibreOffice, desktop tools)" >&2
        exit 0
    fi
fi
echo "JCR Desk: installing$need"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need
