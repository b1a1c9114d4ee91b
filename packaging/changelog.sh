#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian changelog of the package, made from CHANGELOG.md: one entry per "## VERSION (DATE)"
# section, newest first, its paragraphs and bullets as the entry's items ("### Heading" as an item
# with the bullets under it), Markdown marks removed, lines wrapped under 80 columns. A section
# not headed by a version and a date ("## Unreleased") is not part of any package yet.
#   changelog.sh CHANGELOG.md PACKAGE "MAINTAINER <ADDRESS>" > changelog
set -euo pipefail
source_file=$1
package=$2
maintainer=$3

awk -v package="$package" -v maintainer="$maintainer" '
function flush_item(   text, words, n, i, line, indent, first) {
    if (item == "") return
    text = item; item = ""
    gsub(/\*\*/, "", text); gsub(/`/, "", text)
    n = split(text, words, /[ \t]+/)
    first = (level == 1) ? "  * " : "    - "
    indent = (level == 1) ? "    " : "      "
    line = first
    for (i = 1; i <= n; i++) {
        if (words[i] == "") continue
        if (length(line) + length(words[i]) + 1 > 78 && line != first && line != indent) {
            print line; line = indent
        }
        line = (line == first || line == indent) ? line words[i] : line " " words[i]
    }
    print line
}
function close_entry() {
    flush_item()
    if (in_entry) { print ""; print " -- " maintainer "  " stamp; in_entry = 0 }
}
/^## / {
    close_entry()
    if (match($0, /^## [0-9][0-9.a-z~+-]* \([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\)$/)) {
        version = $2
        date = substr($3, 2, 10)
        cmd = "LC_ALL=C date -u -R -d \"" date " 12:00:00 UTC\""
        cmd | getline stamp; close(cmd)
        if (printed) print ""
        print package " (" version ") unstable; urgency=medium"
        print ""
        in_entry = 1; printed = 1; in_sub = 0
    } else {
        in_entry = 0
    }
    next
}
!in_entry { next }
/^### / { flush_item(); item = substr($0, 5) ":"; level = 1; flush_item(); in_sub = 1; next }
/^- / { flush_item(); item = substr($0, 3); level = in_sub ? 2 : 1; next }
/^[ \t]*$/ { flush_item(); next }
/^  / { sub(/^ +/, ""); item = item " " $0; next }
{ if (item == "") level = in_sub ? 2 : 1; item = (item == "") ? $0 : item " " $0 }
END { close_entry() }
' "$source_file"
