#!/usr/bin/env python3
"""
Rotated A/B of no-op builds on the copies the build harness keeps (docs/performance.md, "Fifth round").

    dotnet run -c Release --project benchmarks/Commons.Benchmarks -- --full --only build --no-op-builds 2 --keep /tmp/keep
    python3 benchmarks/scripts/noop-ab.py --keep /tmp/keep --rounds 24 [--target src/Module01/Module01.csproj]
        [--copies without floor with] [--raw results.json]

Each round builds every copy once, starting with a different copy each round (so that no copy always runs first or
last while the load climbs), after one discarded warm-up build per copy. A build is `dotnet build --no-restore` with
the harness's flags (no node reuse, no compiler server, no MSBuild server). Wall clock and the CPU time of the whole
process tree (os.wait4's rusage) are taken per build; overheads are medians of the same round's pairs.
A further copy can be compared: copy one of the kept folders and point its obj/*.nuget.g.props/targets at other files.
"""
import argparse
import json
import os
import statistics
import subprocess
import time

parser = argparse.ArgumentParser()
parser.add_argument('--keep', required=True, help='the folder given to the harness with --keep')
parser.add_argument('--rounds', type=int, default=24)
parser.add_argument('--target', default='Bench.sln', help='the solution, or one project, relative to each copy')
parser.add_argument('--copies', nargs='+', default=['without', 'floor', 'with'])
parser.add_argument('--raw', help='writes every (wall, CPU) sample as JSON, to pool several runs')
args = parser.parse_args()

env = {k: v for k, v in os.environ.items() if not k.lower().startswith('msbuild')}
env.update(NUGET_PACKAGES=os.path.join(args.keep, 'packages'), DOTNET_CLI_USE_MSBUILD_SERVER='0',
           MSBUILDDISABLENODEREUSE='1', DOTNET_NOLOGO='1', DOTNET_CLI_TELEMETRY_OPTOUT='1')


def build(copy):
    command = ['dotnet', 'build', args.target, '--no-restore', '-v:q', '-nodeReuse:false',
               '-p:UseSharedCompilation=false', '-tl:off']
    start = time.time()
    process = subprocess.Popen(command, cwd=os.path.join(args.keep, copy), env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f'{copy}: the build failed; run it by hand in {os.path.join(args.keep, copy)}')
    return time.time() - start, usage.ru_utime + usage.ru_stime


samples = {copy: [] for copy in args.copies}
for copy in args.copies:
    build(copy)  # warm-up, discarded
for round_index in range(args.rounds):
    shift = round_index % len(args.copies)
    for copy in args.copies[shift:] + args.copies[:shift]:
        samples[copy].append(build(copy))
    print(f'round {round_index + 1}: '
          + ' | '.join(f'{c} {samples[c][-1][0]:.2f}/{samples[c][-1][1]:.2f}' for c in args.copies)
          + f' (wall/CPU s), load {os.getloadavg()[0]:.1f}', flush=True)

if args.raw:
    with open(args.raw, 'w') as raw:
        json.dump(samples, raw)

for copy in args.copies:
    print(f'{copy}: median wall {statistics.median(s[0] for s in samples[copy]):.3f} s, '
          f'CPU {statistics.median(s[1] for s in samples[copy]):.3f} s')
for i, base in enumerate(args.copies):
    for other in args.copies[i + 1:]:
        for index, measure in ((0, 'wall'), (1, 'CPU')):
            pairs = [100 * (b[index] - a[index]) / a[index] for a, b in zip(samples[base], samples[other])]
            print(f'{other} vs {base}, {measure}: median of pairs {statistics.median(pairs):+.1f} % '
                  f'(range {min(pairs):+.0f} to {max(pairs):+.0f} %)')
