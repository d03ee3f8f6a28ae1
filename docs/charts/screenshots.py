#!/usr/bin/env python3
"""
Screenshots of every chart the CLI draws, as a reader's browser shows them, for docs/cli.md.

    dotnet build src/Commons.Cli -c Release
    apt-get install -y chromium     # Debian's package
    python3 docs/charts/screenshots.py [--lang fr|en] [--out docs/charts]

The fleet report is `commons scan samples/fleet --today 2026-11-28 --report`; the trend is `commons report trend` on
the small generated fleet of benchmarks/scripts/trend.py (60 repositories, six monthly scans), which improves from one
scan to the next. Each <figure class="chart"> is cut out of its page with the page's own <head> (same CSS, same CSP),
then Chromium takes it headless, offline, with a fresh profile. This script only makes pictures: the test suite checks
the charts (tests/Commons.Cli.Tests/FleetChartsTests.cs, ReportTrendCommandTests.cs).
"""
import argparse
import os
import re
import shutil
import subprocess
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument('--lang', default='fr', choices=['fr', 'en'])
parser.add_argument('--out', help='where the PNG files go (default: this folder)')
parser.add_argument('--chromium', default=shutil.which('chromium') or 'chromium')
args = parser.parse_args()

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
out = args.out or here
commons = next(os.path.join(dirpath, 'commons.dll')
               for dirpath, _, files in os.walk(os.path.join(root, 'src', 'Commons.Cli', 'bin', 'Release'))
               if 'commons.dll' in files)
work = tempfile.mkdtemp(prefix='commons-screenshots-')


def commons_run(*arguments):
    done = subprocess.run(['dotnet', commons, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit('commons %s: exit %d\n%s' % (' '.join(arguments), done.returncode, done.stderr))


def figures(page_path):
    """(id, standalone page, height) for each chart of the page: its <head>, then the figure alone in a section."""
    page = open(page_path, encoding='utf-8').read()
    head = page[:page.index('<body>')] + '<body>'  # the page's CSS and CSP, without its banner
    for match in re.finditer(r'<figure class="chart" id="([a-z-]+)">.*?</figure>', page, re.S):
        figure = match.group(0)
        svg_height = max([int(h) for h in re.findall(r'<svg [^>]*height="(\d+)"', figure)] or [40])
        rows = figure.count('<tr>')
        height = max(svg_height, rows * 30) + 110
        yield match.group(1), head + '<main><section>' + figure + '</section></main></body></html>\n', height


def screenshot(name, html, height):
    source = os.path.join(work, name + '.html')
    with open(source, 'w', encoding='utf-8') as f:
        f.write(html)
    profile = tempfile.mkdtemp(prefix='chromium-profile-', dir=work)
    target = os.path.join(out, name + '.png')
    subprocess.run([args.chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                    '--disable-component-update', '--no-first-run', '--user-data-dir=' + profile, '--hide-scrollbars',
                    '--force-device-scale-factor=1', '--window-size=1280,%d' % height, '--screenshot=' + target,
                    'file://' + source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    print(target)


fleet_page = os.path.join(work, 'fleet.html')
commons_run('scan', os.path.join(root, 'samples', 'fleet'), '--today', '2026-11-28', '--lang', args.lang, '--report', fleet_page)

bench = os.path.join(work, 'trend')
subprocess.run(['python3', os.path.join(root, 'benchmarks', 'scripts', 'trend.py'), '--repositories', '60', '--runs', '1',
                '--keep', bench], check=True, stdout=subprocess.DEVNULL)
scans = sorted(os.path.join(bench, f) for f in os.listdir(bench) if f.startswith('generated-') and f.endswith('.json'))
trend_page = os.path.join(work, 'trend.html')
commons_run('report', 'trend', *scans, '--lang', args.lang, '--report', trend_page)

for page in (fleet_page, trend_page):
    for name, html, height in figures(page):
        screenshot(name, html, height)
shutil.rmtree(work)
