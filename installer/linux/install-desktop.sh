#!/bin/sh
# Installs JCR Desk into the current user's desktop (`make install-desktop`): the menu
# entry, the .jcrcase file type opened by JCR Desk on a double-click, and the icon.
# The entry starts the bundle in dist/ when it has been built (`make installer`), else the
# checkout's .venv. Nothing outside $XDG_DATA_HOME (~/.local/share) is touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}

if [ -x "$root/dist/jcr-desk/jcr-desk" ]; then
    program="$root/dist/jcr-desk/jcr-desk"
elif [ -x "$root/.venv/bin/jcr-desk" ]; then
    program="$root/.venv/bin/jcr-desk"
else
    echo "JCR Desk: nothing to start yet (run 'make installer' or 'make run' first)" >&2
    exit 1
fi
case "$program" in
    *" "*) program="\"$program\"" ;;  # the Exec key quotes a path with spaces
esac

mkdir -p "$data/applications" "$data/mime/packages" \
         "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/scalable/apps"
sed "s|^Exec=jcr-desk |Exec=$program |" "$here/jcr-desk.desktop" \
    > "$data/applications/jcr-desk.desktop"
cp "$here/jcr-desk-case.xml" "$data/mime/packages/jcr-desk.xml"
cp "$root/resources/icons/jcr-desk.png" "$data/icons/hicolor/256x256/apps/jcr-desk.png"
cp "$root/resources/icons/jcr-desk.svg" "$data/icons/hicolor/scalable/apps/jcr-desk.svg"

# Refresh the desktop's caches where the tools exist (a desktop picks the files up anyway
# at its next login).
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications"
fi
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default jcr-desk.desktop application/x-jcr-desk-case || true
fi
echo "JCR Desk: installed for $(id -un) in $data (starts $program)"
