#!/usr/bin/env bash
# Builds the DEB and TGZ from an already built tree, installs the DEB with dpkg, checks what a user
# gets (the installed binaries start, the .desktop entry and AppStream metainfo validate, the icons
# are there) and removes the package again. CI runs it after the test suite.
# Usage: packaging/check-package.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="$(realpath "${1:-build}")"
out_dir="$build_dir/packages"
app_id="io.github.quantbench.QuantBench"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

step() { echo "check-package: $*"; }

rm -rf "$out_dir"
step "cpack DEB and TGZ"
(cd "$build_dir" && cpack -G "DEB;TGZ" -B "$out_dir")

debs=("$out_dir"/quantbench_*.deb)
tgzs=("$out_dir"/quantbench-*.tar.gz)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "expected one .deb in $out_dir" >&2; exit 1; }
[ ${#tgzs[@]} -eq 1 ] && [ -f "${tgzs[0]}" ] || { echo "expected one .tar.gz in $out_dir" >&2; exit 1; }
deb="${debs[0]}"

dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Depends Suggests
tgz_files="$(tar -tzf "${tgzs[0]}")"
for f in bin/quantbench bin/quantbench-cli bin/quantbench-probe share/applications/$app_id.desktop \
         share/metainfo/$app_id.metainfo.xml share/icons/hicolor/scalable/apps/$app_id.svg; do
  grep -qx ".*/$f" <<<"$tgz_files" || { echo "$f missing from ${tgzs[0]}" >&2; exit 1; }
done

# Remove the package on the way out, whatever failed, so the machine is left as it was.
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then
    step "dpkg -r quantbench"
    $SUDO dpkg -r quantbench >/dev/null
  fi
}
trap cleanup EXIT

step "dpkg -i $(basename "$deb")"
installed=1
if ! $SUDO dpkg -i "$deb"; then
  step "dependencies missing: apt-get -f install"
  $SUDO apt-get update -qq
  $SUDO apt-get install -f -y -qq --no-install-recommends
fi
dpkg-query -W -f='${Status}\n' quantbench | grep -q "install ok installed" \
  || { echo "quantbench did not install" >&2; exit 1; }

step "installed quantbench-cli env"
/usr/bin/quantbench-cli env
# The GUI binary must at least load its libraries and Qt's platform plugin.
QT_QPA_PLATFORM=offscreen /usr/bin/quantbench --version
# The memory probe beside them loads its libraries and refuses a call without a model (exit 2).
probe_status=0
/usr/bin/quantbench-probe >/dev/null 2>&1 || probe_status=$?
[ "$probe_status" -eq 2 ] || { echo "quantbench-probe exited $probe_status, expected 2" >&2; exit 1; }

step "validate the installed .desktop entry and metainfo"
# Both files are clean today: any error, warning or hint fails, so they stay that way. AppStream's
# pedantic notes do not count (it flags the capitals in the id that the GUI already announces).
desktop_report="$(desktop-file-validate "/usr/share/applications/$app_id.desktop" 2>&1)" || true
if [ -n "$desktop_report" ]; then
  echo "$desktop_report" >&2
  exit 1
fi
appstreamcli validate --no-net --strict "/usr/share/metainfo/$app_id.metainfo.xml"
for size in 16 32 48 64 128 256; do
  test -f "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
test -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"

step "ok"
