#!/usr/bin/env python3
"""`commons scan` side by side with ast-grep, on the same folders (docs/performance.md, "Side by side with ast-grep").

    python3 benchmarks/sidebyside/run.py --corpus large=/path/to/bitwarden-server --corpus fleet=samples/fleet
        [--rounds 3] [--build native|tool | --commons PATH] [--markdown table.md]
    python3 benchmarks/sidebyside/run.py --compare-json before.json after.json

For each corpus: one unmeasured run of each tool (it warms the file cache, and `commons scan --read-list` says which
files the scan reads), then --rounds interleaved rounds of three child processes, each measured with os.wait4 (CPU is
user + system time of the process and the children it waited for, peak RSS its largest, wall the time from start to
end):
  - ast-grep: `ast-grep scan -c sgconfig.yml --json=stream PATH`, the rule set of rules/ (five bricks, six languages);
  - commons: `commons scan PATH --format json --output FILE`;
  - floor: `cat` of every file the commons scan read (`xargs -0 cat`, output to /dev/null).
Prints, per corpus, the minimum (the quietest run) and the median of each measure, the ratios commons / ast-grep and
the findings per brick of each tool (commons: its findings' diagnostic ids, mapped to bricks by rules/catalog.yml;
ast-grep: the brick id its rule ids start with). --markdown writes the same tables to a file.

ast-grep is installed here from npm at the version package.json pins (`npm ci` when node_modules is missing); the
commons CLI is built once unless --commons names one: the native build by default (`dotnet publish src/Commons.Cli -c
Release -r linux-x64 -p:CommonsAot=true`, into artifacts/native/), the .NET tool with --build tool.

--compare-json compares two `commons scan --format json` reports finding by finding (id, file, line, column, message)
and prints every finding only one of them holds; exit code 1 when they differ.
"""
import argparse
import collections
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "benchmarks", "realcode"))
from score import brick_rules  # noqa: E402  (the catalog's brick -> diagnostic id, shared with the real-code score)

BRICKS = ["notifications", "ged", "statistiques", "api-ban", "authentification-agent"]
TOOLS = ["commons", "ast-grep", "floor"]
GNU_TIME = "/usr/bin/time"
MEASURES = [("cpu", "CPU s", "{:.2f}"), ("rss", "peak RSS MB", "{:.0f}"), ("wall", "wall s", "{:.2f}")]


def parse_arguments():
    """The command line: corpora to measure, or two reports to compare."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", default=[], metavar="NAME=PATH",
                        help="a folder to scan, under a name for the tables (repeatable)")
    parser.add_argument("--rounds", type=int, default=3, help="measured rounds per corpus (default 3)")
    parser.add_argument("--commons", help="the commons executable (default: built here, as --build says)")
    parser.add_argument("--build", choices=["native", "tool"], default="native",
                        help="without --commons: the native build (default) or the .NET tool's Release build")
    parser.add_argument("--list-with", metavar="COMMONS",
                        help="the commons that lists the files read, for the floor, when the measured one is older than"
                             " its --read-list option (a build from before issue 23)")
    parser.add_argument("--markdown", help="also writes the tables to this file")
    parser.add_argument("--compare-json", nargs=2, metavar=("A", "B"),
                        help="compares two commons JSON reports finding by finding, and does nothing else")
    arguments = parser.parse_args()
    if arguments.compare_json is None and not arguments.corpus:
        parser.error("give at least one --corpus NAME=PATH, or --compare-json A B")
    if arguments.rounds < 1:
        parser.error("--rounds must be 1 or more")
    return arguments


def parse_corpora(specs):
    """[(name, absolute path)] from NAME=PATH specs; exits with a message naming a bad one."""
    corpora = []
    for spec in specs:
        name, separator, path = spec.partition("=")
        if not separator or not name or not path:
            sys.exit("run.py: --corpus expects NAME=PATH, not '{}'".format(spec))
        if not os.path.isdir(path):
            sys.exit("run.py: the corpus '{}' is not a folder: {}".format(name, path))
        corpora.append((name, os.path.abspath(path)))
    return corpora


def pinned_ast_grep_version():
    """The version package.json pins."""
    with open(os.path.join(HERE, "package.json"), encoding="utf-8") as package:
        return json.load(package)["dependencies"]["@ast-grep/cli"]


def ast_grep_binary():
    """
    The native ast-grep of the platform's npm package, installed with `npm ci` when missing. The platform package's
    binary is run directly: npm's bin link may be a Node.js launcher when install scripts are not allowed, and Node's
    start-up is not ast-grep's cost.
    """
    machine = {"x86_64": "x64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    candidates = [os.path.join(HERE, "node_modules", "@ast-grep", "cli-linux-{}-gnu".format(machine), "ast-grep"),
                  os.path.join(HERE, "node_modules", ".bin", "ast-grep")]
    if not any(os.path.isfile(c) for c in candidates):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    binary = next((c for c in candidates if os.path.isfile(c)), None)
    if binary is None:
        sys.exit("run.py: npm ci installed no ast-grep binary under " + os.path.join(HERE, "node_modules"))
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.split()
    if version[-1:] != [pinned_ast_grep_version()]:
        sys.exit("run.py: {} says {}, not the pinned {}".format(binary, " ".join(version), pinned_ast_grep_version()))
    return binary


def commons_binary(given, build):
    """
    The commons executable given, else the one --build names, built once now: `native` (the default, what a pipeline
    installs for fleet scans: `dotnet publish -p:CommonsAot=true` into artifacts/native/), or `tool` (the .NET tool's
    Release build, JIT-compiled).
    """
    if given:
        if not os.path.isfile(given):
            sys.exit("run.py: --commons names no file: " + given)
        return os.path.abspath(given)
    project = os.path.join(ROOT, "src", "Commons.Cli")
    if build == "tool":
        subprocess.run(["dotnet", "build", project, "-c", "Release", "-v:q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
        return os.path.join(project, "bin", "Release", "net8.0", "commons")
    rid = "linux-" + {"x86_64": "x64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    output = os.path.join(ROOT, "artifacts", "native", rid)
    subprocess.run(["dotnet", "publish", project, "-c", "Release", "-r", rid, "-p:CommonsAot=true", "-o", output, "-v:q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(output, "commons")


def measure(argv, stdout_path=os.devnull, accepted=(0,)):
    """
    Runs argv as a child process: {cpu: s, rss: MB, wall: s}; exits if it fails. CPU and wall come from os.wait4, the
    peak RSS from GNU time, which starts argv: a process started by Python itself would report Python's own peak
    (Linux counts the memory a child had before its exec), as much as a small scan's.
    """
    with tempfile.NamedTemporaryFile(prefix="rss-") as rss, open(stdout_path, "wb") as stdout:
        start = time.perf_counter()
        child = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", rss.name] + argv, stdin=subprocess.DEVNULL,
                                 stdout=stdout, stderr=subprocess.PIPE)
        stderr = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        child.stderr.close()
        if child.returncode not in accepted:
            sys.exit("run.py: {} ended with exit code {}:\n{}".format(" ".join(argv), child.returncode,
                                                                     stderr.decode("utf-8", "replace")[-2000:]))
        peak_kb = int(rss.read().split()[-1])  # after "Command exited with non-zero status N" when it is not 0
    return {"cpu": usage.ru_utime + usage.ru_stime, "rss": peak_kb / 1024, "wall": wall}


def ast_grep_command(binary, path):
    """ast-grep with this folder's rule set, one JSON match a line."""
    return [binary, "scan", "-c", os.path.join(HERE, "sgconfig.yml"), "--json=stream", path]


def commons_command(binary, path, report, read_list=None):
    """The scan, its report in JSON (exit code 1 says a record is contradicted, not that the scan failed)."""
    return [binary, "scan", path, "--format", "json", "--output", report] + (
        ["--read-list", read_list] if read_list else [])


def floor_command(nul_list):
    """cat of every file of the list (as many cat processes as the command line needs), output thrown away."""
    return ["xargs", "-0", "-a", nul_list, "cat"]


def write_nul_list(read_list, nul_list):
    """The read list (one path a line) as xargs -0 input; returns (files, bytes) of the files still there."""
    files = total = 0
    with open(read_list, encoding="utf-8", errors="surrogateescape") as lines, open(nul_list, "wb") as output:
        for line in lines:
            path = line.rstrip("\n")
            if os.path.isfile(path):
                output.write(os.fsencode(path) + b"\0")
                files += 1
                total += os.path.getsize(path)
    return files, total


def measure_corpus(path, ast_grep, commons, rounds, work, lister=None):
    """
    Warm-up, then the interleaved rounds: {tool: [samples]}, the last reports of each tool and the floor's size. The
    files read come from `lister` when given (a commons older than `--read-list`, measured against today's floor).
    """
    report, findings, read_list, nul_list = (os.path.join(work, n) for n in
                                             ("commons.json", "ast-grep.jsonl", "read-list.txt", "read-list.nul"))
    measure(commons_command(lister or commons, path, report, read_list), accepted=(0, 1))
    if lister:
        measure(commons_command(commons, path, report), accepted=(0, 1))
    measure(ast_grep_command(ast_grep, path), stdout_path=findings)
    floor_size = write_nul_list(read_list, nul_list)
    samples = {tool: [] for tool in TOOLS}
    for round_number in range(rounds):
        print("  round {}/{}".format(round_number + 1, rounds), file=sys.stderr)
        samples["commons"].append(measure(commons_command(commons, path, report), accepted=(0, 1)))
        samples["ast-grep"].append(measure(ast_grep_command(ast_grep, path), stdout_path=findings))
        samples["floor"].append(measure(floor_command(nul_list), accepted=(0, 123)))  # 123: a file vanished since
    return samples, report, findings, floor_size


def summarise(samples):
    """{measure: (minimum, median)} of one tool's samples; the minimum is the quietest run's."""
    return {key: (min(s[key] for s in samples), statistics.median(s[key] for s in samples)) for key, _, _ in MEASURES}


def brick_of_rule(rule_id):
    """The brick whose id starts the ast-grep rule id (the longest, should one brick id start another)."""
    matches = [b for b in BRICKS if rule_id.startswith(b + "-")]
    return max(matches, key=len) if matches else None


def count_ast_grep(findings_path):
    """Findings per brick of ast-grep's JSON stream (one match a line)."""
    counts = collections.Counter()
    with open(findings_path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                counts[brick_of_rule(json.loads(line)["ruleId"])] += 1
    return counts


def report_findings(report_path):
    """Every finding of a commons JSON report: the fleet's list, or each repository's when a report has none."""
    with open(report_path, encoding="utf-8") as report:
        data = json.load(report)
    if "findings" in data:
        return data["findings"]
    return [f for repository in data.get("repositories", []) for f in repository.get("findings", [])]


def count_commons(report_path):
    """Findings per brick of a commons JSON report, by diagnostic id (CN1004 -> notifications...)."""
    brick_by_id = {rule: brick for brick, rule in brick_rules(os.path.join(ROOT, "rules", "catalog.yml")).items()}
    return collections.Counter(brick_by_id.get(f["id"]) for f in report_findings(report_path))


def ratio(numerator, denominator):
    """×N.NN, or a dash when the denominator is 0 (a floor below the clock's resolution)."""
    return "×{:.2f}".format(numerator / denominator) if denominator > 0 else "–"


def measures_table(results):
    """Markdown: per corpus, each tool's minimum and median of CPU, peak RSS and wall, then the ratios."""
    header = ["corpus", "run"] + ["{} (min / median)".format(label) for _, label, _ in MEASURES]
    rows = [header, ["---", "---"] + ["---:"] * len(MEASURES)]
    for name, result in results:
        summary = {tool: summarise(result["samples"][tool]) for tool in TOOLS}
        files, size = result["floor_size"]
        labels = {"commons": "commons scan", "ast-grep": "ast-grep",
                  "floor": "floor: cat of the {} files read ({:.0f} MB)".format(files, size / 1e6)}
        for tool in TOOLS:
            rows.append([name, labels[tool]] + ["{} / {}".format(form.format(summary[tool][key][0]),
                                                                 form.format(summary[tool][key][1]))
                                                for key, _, form in MEASURES])
        for over in ("ast-grep", "floor"):
            rows.append([name, "commons / " + over] + ["{} / {}".format(ratio(summary["commons"][key][0], summary[over][key][0]),
                                                                      ratio(summary["commons"][key][1], summary[over][key][1]))
                                                       for key, _, _ in MEASURES])
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def findings_table(results):
    """Markdown: per corpus and brick, the findings of commons and of ast-grep."""
    rows = [["corpus"] + BRICKS, ["---"] + ["---:"] * len(BRICKS)]
    for name, result in results:
        rows.append([name] + ["{} / {}".format(result["commons_findings"][b], result["ast_grep_findings"][b])
                              for b in BRICKS])
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def benchmark(arguments):
    """Measures every corpus and prints (and writes, with --markdown) the two tables."""
    corpora = parse_corpora(arguments.corpus)
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit("run.py: GNU time reads each run's peak memory: install it ({}, Debian's package time)".format(GNU_TIME))
    ast_grep = ast_grep_binary()
    commons = commons_binary(arguments.commons, arguments.build)
    results = []
    with tempfile.TemporaryDirectory(prefix="sidebyside-") as work:
        for name, path in corpora:
            print("{}: {}".format(name, path), file=sys.stderr)
            samples, report, findings, floor_size = measure_corpus(path, ast_grep, commons, arguments.rounds, work,
                                                                   arguments.list_with)
            results.append((name, {"samples": samples, "floor_size": floor_size,
                                   "commons_findings": count_commons(report),
                                   "ast_grep_findings": count_ast_grep(findings)}))
    text = "{} round(s), ast-grep {}, commons {}\n\n{}\n\nFindings per brick (commons / ast-grep):\n\n{}\n".format(
        arguments.rounds, pinned_ast_grep_version(), commons, measures_table(results), findings_table(results))
    print(text)
    if arguments.markdown:
        with open(arguments.markdown, "w", encoding="utf-8") as output:
            output.write(text)


def finding_key(finding):
    """What makes two findings the same: rule, place and words."""
    return (finding["id"], finding["file"], finding["line"], finding["column"], finding["message"])


def compare_reports(before_path, after_path):
    """Prints every finding only one report holds (as many times as it is missing); 0 when none, 1 otherwise."""
    before = collections.Counter(finding_key(f) for f in report_findings(before_path))
    after = collections.Counter(finding_key(f) for f in report_findings(after_path))
    only_before, only_after = before - after, after - before
    for label, missing in (("only in " + before_path, only_before), ("only in " + after_path, only_after)):
        for (rule, path, line, column, message), count in sorted(missing.items()):
            for _ in range(count):
                print("{}: {}({},{}) {} {}".format(label, path, line, column, rule, message))
    print("{} finding(s) in {}, {} in {}: {} only in the first, {} only in the second".format(
        sum(before.values()), before_path, sum(after.values()), after_path,
        sum(only_before.values()), sum(only_after.values())))
    return 0 if not only_before and not only_after else 1


def main():
    """Either the benchmark, or the comparison of two reports."""
    arguments = parse_arguments()
    if arguments.compare_json:
        sys.exit(compare_reports(*arguments.compare_json))
    benchmark(arguments)


if __name__ == "__main__":
    main()
