#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a user gets it: built with cpack, checked by lintian (no errors), its
# dependencies resolved by apt, unpacked into a throw-away root, and its binaries run from there
# without a display.
#   package_test.sh BUILD_DIR SCHEMA_FILE
set -euo pipefail
build_dir=$(cd "$1" && pwd)
schema=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/kratos-desk_*.deb)
echo "== package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

command -v lintian >/dev/null || fail "lintian is not installed (scripts/dev.sh installs it)"
# Errors fail; warnings and notes are printed for the reader.
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.log" || fail "lintian reports errors"
echo "== lintian: $(grep -c '^E:' "$work/lintian.log" || true) errors, $(grep -c '^W:' "$work/lintian.log" || true) warnings"

# Every dependency resolves on this system (an unpacked tree says nothing about that).
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt cannot install the package"; }
echo "== apt-get install --simulate: ok"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/kratos-desk usr/bin/kratos-sim usr/share/man/man1/kratos-desk.1.gz usr/share/man/man1/kratos-sim.1.gz \
    usr/share/doc/kratos-desk/copyright usr/share/doc/kratos-desk/changelog.gz \
    usr/share/applications/kratos-desk.desktop usr/share/metainfo/io.github.kratos_desk.KratosDesk.metainfo.xml \
    usr/share/bash-completion/completions/kratos-desk usr/share/zsh/vendor-completions/_kratos-desk; do
    [ -e "$root/$f" ] || fail "the package has no /$f"
done
file "$root/usr/bin/kratos-desk" | grep -q "stripped" && ! file "$root/usr/bin/kratos-desk" | grep -q "not stripped" \
    || fail "kratos-desk is not stripped"
gzip -t "$root/usr/share/man/man1/kratos-desk.1.gz"
# The changelog comes from CHANGELOG.md: it parses, and its newest entry is the package's version.
for f in usr/share/doc/kratos-desk/user-guide.md usr/share/doc/kratos-desk/admin-guide.md; do
    [ -s "$root/$f" ] || fail "the package has no /$f"
done
for picture in $(grep -o 'screenshots/[a-z-]*\.png' "$root/usr/share/doc/kratos-desk/user-guide.md" | sort -u); do
    [ -s "$root/usr/share/doc/kratos-desk/$picture" ] || fail "the user guide's $picture is not in the package"
done
zcat "$root/usr/share/doc/kratos-desk/changelog.gz" >"$work/changelog"
changelog_version=$(dpkg-parsechangelog -l "$work/changelog" -S Version) || fail "the changelog does not parse"
package_version=$(dpkg-deb -f "$deb" Version)
[ "$changelog_version" = "$package_version" ] \
    || fail "the changelog's newest entry is $changelog_version, the package is $package_version"
echo "== changelog: $(grep -c '^kratos-desk (' "$work/changelog") versions, newest $changelog_version"

# No display: the installed binary answers --version, --help and schema-doc all the same.
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/kratos-desk" --version)
echo "== installed kratos-desk --version: $version"
[[ "$version" == "kratos-desk "[0-9]* ]] || fail "unexpected --version output: $version"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/kratos-desk" --help | grep -q -- "--admin-url" \
    || fail "--help does not list --admin-url"
doc=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/kratos-desk" schema-doc "$schema")
grep -q '^# ' <<<"$doc" || fail "schema-doc printed no Markdown heading"
echo "== installed kratos-desk schema-doc: $(wc -l <<<"$doc") lines"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/kratos-desk" --help | grep -q -- "Exit codes" \
    || fail "--help does not list the exit codes"
bash -n "$root/usr/share/bash-completion/completions/kratos-desk" || fail "the bash completion does not parse"
echo "package test passed"
