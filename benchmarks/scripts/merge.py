#!/usr/bin/env python3
"""
Peak memory and time of `commons report merge` on generated scan reports (docs/reliability.md, issue 21, "report
merge"): FILES reports of REPOSITORIES repositories each, FINDINGS findings in all, merged into each output format.

    dotnet build src/Commons.Cli -c Release
    python3 benchmarks/scripts/merge.py [--findings 300000] [--files 10] [--repositories 10]
                                        [--commons src/Commons.Cli/bin/Release/net8.0/commons.dll] [--keep /tmp/merge]

Each run is `/usr/bin/time -f "%U %S %e %M" dotnet commons.dll report merge ...` (user and system CPU seconds, wall
seconds, peak resident kilobytes), start-up included, once per format: text, json, sarif, and text with the HTML page
and the CSV (--report, --csv). The outputs go to files in the work folder; `--keep` keeps them (and the inputs) to
compare two builds byte for byte. The reports are written the way `commons scan --format json` writes them (indented,
camelCase); half the repositories were scanned alone (empty path: merge prefixes their files with their name).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument('--findings', type=int, default=300_000)
parser.add_argument('--files', type=int, default=10)
parser.add_argument('--repositories', type=int, default=10, help='repositories per file')
parser.add_argument('--commons', default='src/Commons.Cli/bin/Release/net8.0/commons.dll')
parser.add_argument('--keep')
parser.add_argument('--formats', default='text,json,sarif,html')
args = parser.parse_args()

IDS = ['CN1004', 'CN1001', 'CN1002', 'CN0210', 'CN9999']


def finding(repository, number):
    return {
        'id': IDS[number % len(IDS)],
        'severity': 'error' if number % 7 == 0 else 'warning',
        'file': 'src/Module' + str(number % 97) + '/File' + str(number) + '.cs',
        'line': number % 5000 + 1,
        'column': number % 80 + 1,
        'message': 'Réimplémentation de la brique « notifications » (appel ' + str(number) + ' de ' + repository + ')',
        'helpUri': 'https://example.org/rules/' + IDS[number % len(IDS)],
        **({'tier': 'indirect'} if number % 11 == 0 else {}),
        **({'count': number % 5 + 2} if number % 13 == 0 else {}),
    }


def write_report(path, file_number, per_repository):
    """One report as the serializer writes it: the findings written one by one, never the whole text in memory."""
    with open(path, 'w', encoding='utf-8') as out:
        out.write('{\n  "format": 1,\n  "tool": "commons",\n  "version": "1.0.0",\n  "date": "2026-12-0' + str(file_number % 9 + 1) + '",\n')
        out.write('  "language": "fr",\n  "summary": {\n    "repositories": 1,\n    "errors": 0,\n    "warnings": 0\n  },\n')
        out.write('  "repositories": [')
        for r in range(args.repositories):
            name = 'depot-' + str((file_number * 37 + r * 11) % 1000).zfill(3)
            alone = r % 2 == 0
            header = {
                'name': name,
                'path': '' if alone else name,
                'record': ['valid', 'invalid', 'missing'][r % 3],
                'projectName': 'Projet ' + name,
                'nature': 'site',
                'solutions': {'site': 'commun'},
                'bricks': [{'id': 'notifications', 'choice': 'exception', 'expiry': '2027-0' + str(r % 9 + 1) + '-15'}],
                'codeScan': 'complete',
                'languages': [{'name': 'C#', 'files': 12}],
                'filesRead': 12,
                'skipped': [{'path': 'node_modules', 'reason': 'dependencies'}],
            }
            text = json.dumps(header, ensure_ascii=False, indent=2)[:-2]  # without the closing brace
            out.write(('\n' if r == 0 else ',\n') + '\n'.join('    ' + line for line in text.split('\n')) + ',\n      "findings": [')
            for n in range(per_repository):
                item = json.dumps(finding(name, file_number * 1_000_000 + r * 100_000 + n), ensure_ascii=False, indent=2)
                out.write(('\n' if n == 0 else ',\n') + '\n'.join('        ' + line for line in item.split('\n')))
            out.write('\n      ]\n    }' if per_repository else ']\n    }')
        out.write('\n  ]\n}')


work = args.keep or tempfile.mkdtemp(prefix='commons-merge-bench-')
os.makedirs(work, exist_ok=True)
per_repository = args.findings // (args.files * args.repositories)
inputs = []
for f in range(args.files):
    path = os.path.join(work, 'scan-' + str(f).zfill(2) + '.json')
    if not os.path.exists(path):
        write_report(path, f, per_repository)
    inputs.append(path)

size = sum(os.path.getsize(p) for p in inputs)
print(f'{args.files} files x {args.repositories} repositories x {per_repository} findings = '
      f'{per_repository * args.files * args.repositories} findings, {size / 1e6:.0f} MB', flush=True)
print('| format | user s | system s | wall s | peak MB | exit |')
print('|---|---:|---:|---:|---:|---:|')
for fmt in args.formats.split(','):
    out = os.path.join(work, 'out-' + fmt)
    command = ['dotnet', args.commons, 'report', 'merge', *inputs, '--lang', 'en']
    if fmt == 'html':
        command += ['--output', out + '.txt', '--report', out + '.html', '--csv', out + '.csv']
    else:
        command += ['--format', fmt, '--output', out + '.' + fmt]
    timed = subprocess.run(['/usr/bin/time', '-f', '%U %S %e %M', *command], capture_output=True, text=True)
    user, system, wall, peak = timed.stderr.strip().split('\n')[-1].split()
    print(f'| {fmt} | {user} | {system} | {wall} | {int(peak) / 1024:.0f} | {timed.returncode} |', flush=True)
    if timed.returncode not in (0, 1):
        print(timed.stderr, file=sys.stderr)

if not args.keep:
    shutil.rmtree(work)
