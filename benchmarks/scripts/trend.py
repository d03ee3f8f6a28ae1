#!/usr/bin/env python3
"""
Times `commons report trend` (docs/performance.md, "Fleet trend"): on scans of samples/fleet at four dates, and on a
generated fleet that improves month after month.

    dotnet build src/Commons.Cli -c Release
    python3 benchmarks/scripts/trend.py [--repositories 300] [--dates 6] [--runs 5] [--keep /tmp/trend]

The generated fleet: each repository has a package.json and, for most, a commons-decision.yml. At scan k (one a month
from 2026-06-01), the repositories whose number modulo the number of dates is below k have dropped their mail package
(no more CN1004) and the last tenth without a record gain one; each fifth repository holds a `ged` exception whose
expiry falls in one of the scanned months, so exceptions move from open to past due. Every scan is `commons scan
--format json`, timed once; the trend (text, JSON, HTML page) is timed `--runs` times and its median kept.
The fleet page of the last scan (`report merge --report`, charts included) is timed the same way. Wall clock and CPU
time of the whole `dotnet commons.dll` process, start-up included; on a machine shared with other work the CPU time
is the steadier figure.
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument('--repositories', type=int, default=300)
parser.add_argument('--dates', type=int, default=6)
parser.add_argument('--runs', type=int, default=5)
parser.add_argument('--commons', help='commons.dll (default: the Release build of src/Commons.Cli)')
parser.add_argument('--keep', help='a folder to keep the fleets, scans and pages in')
args = parser.parse_args()

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
commons = args.commons or next(os.path.join(dirpath, 'commons.dll')
                               for dirpath, _, files in os.walk(os.path.join(root, 'src', 'Commons.Cli', 'bin', 'Release'))
                               if 'commons.dll' in files)
work = args.keep or tempfile.mkdtemp(prefix='commons-trend-')
os.makedirs(work, exist_ok=True)

RECORD = """version: 1
projet:
  nom: Service {n}
  nature: demarche-en-ligne
  responsable: DNUM/SDPSN
  date: 2026-01-05
front-usager:
  solution: demarches-simplifiees
  besoins: [franceconnect]
briques:
  notifications: commun
{ged}"""
GED = """  ged:
    choix: exception
    justification: Le stockage S3 commun n'est pas encore ouvert sur notre hebergement.
    echeance: {date}
"""


def month(k):
    year, index = divmod(5 + k, 12)  # 2026-06 is month 0
    return '%04d-%02d-01' % (2026 + year, index + 1)


def commons_run(*arguments):
    """(wall clock, CPU time of the process tree, stdout). On a shared machine the CPU time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(['dotnet', commons, *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit('commons %s: exit %d\n%s' % (' '.join(arguments), done.returncode, done.stderr))
    return elapsed, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime), done.stdout


def generate(fleet, k, count, dates):
    """The fleet as it stands at scan k."""
    shutil.rmtree(fleet, ignore_errors=True)
    for n in range(count):
        repository = os.path.join(fleet, 'service-%04d' % n)
        os.makedirs(repository)
        fixed = n % dates < k
        dependencies = {'vue': '^3.4.0'} if fixed else {'vue': '^3.4.0', 'nodemailer': '^6.9.14'}
        if n % 7 == 0:
            dependencies['exceljs'] = '^4.4.0'
        with open(os.path.join(repository, 'package.json'), 'w') as f:
            json.dump({'name': 'service-%04d' % n, 'version': '1.0.0', 'dependencies': dependencies}, f)
        without_record = n >= count * 9 // 10 and n % dates >= k
        if not without_record:
            ged = GED.format(date=month(n % (dates + 2))[:8] + '15') if n % 5 == 0 else ''
            with open(os.path.join(repository, 'commons-decision.yml'), 'w') as f:
                f.write(RECORD.format(n=n, ged=ged))


def trend(scans, name):
    page = os.path.join(work, name + '-trend.html')
    timings = {'text': [], 'json': [], 'html': []}
    for _ in range(args.runs):
        timings['text'].append(commons_run('report', 'trend', *scans)[:2])
        timings['json'].append(commons_run('report', 'trend', *scans, '--format', 'json')[:2])
        timings['html'].append(commons_run('report', 'trend', *scans, '--report', page)[:2])
    return {kind: (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)) for kind, values in timings.items()}, page


results = []

# samples/fleet, the same repositories read at four dates.
sample_scans, sample_scan_times = [], []
for date in ['2025-12-01', '2026-06-01', '2026-11-28', '2027-09-28']:
    scan = os.path.join(work, 'sample-%s.json' % date)
    sample_scan_times.append(commons_run('scan', os.path.join(root, 'samples', 'fleet'), '--today', date, '--format', 'json', '--output', scan)[0])
    sample_scans.append(scan)
medians, _ = trend(sample_scans, 'sample')
results.append(('samples/fleet', 6, len(sample_scans), sum(sample_scan_times), medians, sum(os.path.getsize(s) for s in sample_scans)))

# The generated fleet, scanned once a month while it improves.
fleet = os.path.join(work, 'fleet')
generated_scans, generated_scan_times = [], []
for k in range(args.dates):
    generate(fleet, k, args.repositories, args.dates)
    scan = os.path.join(work, 'generated-%s.json' % month(k))
    generated_scan_times.append(commons_run('scan', fleet, '--today', month(k), '--format', 'json', '--output', scan, '--jobs', '2')[0])
    generated_scans.append(scan)
medians, page = trend(generated_scans, 'generated')
results.append(('generated', args.repositories, len(generated_scans), sum(generated_scan_times), medians, sum(os.path.getsize(s) for s in generated_scans)))

print('Medians of %d runs, wall clock / CPU time (user + system) of the `dotnet commons.dll` process, start-up included.' % args.runs)
print()
print('| fleet | repositories | scans | JSON read | scans (total, wall) | trend, text | trend, JSON | trend, HTML page |')
print('|---|---:|---:|---:|---:|---:|---:|---:|')
for name, repositories, count, scanning, medians, size in results:
    print('| %s | %d | %d | %.1f MB | %.1f s | %s | %s | %s |' % (
        name, repositories, count, size / 1e6, scanning, *('%.2f s / %.2f s' % medians[k] for k in ('text', 'json', 'html'))))
last = generated_scans[-1]
fleet_page = [commons_run('report', 'merge', last, '--format', 'json', '--output', os.devnull, '--report', os.path.join(work, 'generated-fleet.html'))[:2] for _ in range(args.runs)]
print()
print('Fleet page of the last generated scan (`report merge --report`, charts included): %.2f s / %.2f s.' % (
    statistics.median(t[0] for t in fleet_page), statistics.median(t[1] for t in fleet_page)))
print()
print('load average at the end: %.1f %.1f %.1f on %d cores' % (*os.getloadavg(), os.cpu_count()))
print()
print(commons_run('report', 'trend', *generated_scans, '--lang', 'en')[2])
print('pages and scans in', work)
