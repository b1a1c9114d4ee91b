#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rooms of a readable size (issue #33 §2): no source file of the product (app, ui, models, net,
# sim, bench) over about 600 lines and no function over about 80. The limits here leave a little
# room ("about"); a file or function past them fails the suite, named, with its size.
# A function is a body from a column-0 signature (or constructor initialiser line) and its "{"
# to the "}" in column 0; class bodies in .cpp files are not functions (their members are short).
set -euo pipefail
root=${1:-.}
cd "$root"
python3 - <<'PY'
import re, subprocess, sys
MAX_FILE, MAX_FUNCTION = 650, 90
files = subprocess.run(['git', 'ls-files', '--', 'app', 'ui', 'models', 'net', 'sim', 'bench'],
                       capture_output=True, text=True, check=True).stdout.split()
problems = []
for path in files:
    if not path.endswith(('.cpp', '.h')):
        continue
    lines = open(path, encoding='utf-8', errors='replace').read().split('\n')
    if len(lines) - 1 > MAX_FILE:
        problems.append(f'{path}: {len(lines) - 1} lines (at most {MAX_FILE})')
    if not path.endswith('.cpp'):
        continue
    i = 0
    while i < len(lines):
        line = lines[i]
        opens = line == '{' or re.match(r'^[A-Za-z].*\)\s*(const)?\s*(override)?\s*\{$', line)
        signature = lines[i - 1] if line == '{' and i > 0 else line
        if opens and re.match(r'^(class|struct|namespace|enum|union)\b', signature):
            opens = False
        if not opens:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j] != '}':
            j += 1
        length = j - i + 1
        if length > MAX_FUNCTION:
            problems.append(f'{path}:{i + 1}: a function of {length} lines (at most {MAX_FUNCTION}): {signature.strip()[:70]}')
        i = j + 1
for p in problems:
    print('FAIL:', p)
if problems:
    print('Split them along their seams (docs/development.md, "Rooms of a readable size").')
    sys.exit(1)
print(f'size check passed: {len(files)} files')
PY
