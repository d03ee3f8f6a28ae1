#!/usr/bin/env python3
"""Scores `commons scan` on a corpus of real public repositories against a hand-labelled manifest.

The corpus itself is never in this repository (CI cannot fetch it, and the code is not ours): manifest.tsv names each
file by repository, commit and path, with the label given from the code and the brick's definition before any scan.

Usage:
    score.py CHECKOUTS [--commons "dotnet src/Commons.Cli/bin/Release/net8.0/commons.dll"] [--json scan.json]

CHECKOUTS holds one folder per repository, named owner+name (the manifest's repository with '/' replaced by '+'),
checked out at the manifest's commit and holding a `.git` (a clone, or an empty `.git` folder beside an archive's
files) so the scan sees a repository. With --json, an existing `commons scan --format json` report is scored instead
of running the scan.

Prints, per language: recall of the labelled reimplementations (direct and indirect tiers) and false alarms (a
brick reported in a file labelled `none`), then the scan's CPU time (user + system) and peak resident memory.
"""
import argparse
import csv
import json
import os
import re
import resource
import shlex
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

LANGUAGES = {
    ".ts": "JS/TS", ".tsx": "JS/TS", ".js": "JS/TS", ".mjs": "JS/TS", ".vue": "JS/TS",
    ".py": "Python", ".php": "PHP", ".profile": "PHP", ".module": "PHP", ".rb": "Ruby",
    ".java": "Java/Kotlin", ".kt": "Java/Kotlin", ".go": "Go",
}


def language_of(path):
    extension = os.path.splitext(path)[1].lower()
    return LANGUAGES.get(extension, "configuration")


def brick_rules(catalog_path):
    """Brick id -> diagnostic id, read from the catalog (the two keys of each brick entry)."""
    rules = {}
    brick = None
    with open(catalog_path, encoding="utf-8") as catalog:
        for line in catalog:
            match = re.match(r"^  - id:\s*(\S+)", line)
            if match:
                brick = match.group(1)
                continue
            match = re.match(r"^    diagnostic:\s*(CN\d+)", line)
            if match and brick:
                rules[brick] = match.group(1)
    return rules


def run_scan(commons, checkouts, output):
    command = shlex.split(commons) + ["scan", checkouts, "--format", "json", "--output", output]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode not in (0, 1):
        sys.exit("commons scan failed ({}): {}".format(completed.returncode, completed.stderr.strip()))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, after.ru_maxrss / 1024.0


def findings_by_file(report):
    """(repository folder, path inside it) -> [(rule id, tier)]."""
    found = defaultdict(list)
    for repository in report["repositories"]:
        prefix = repository["path"].rstrip("/") + "/"
        for finding in repository.get("findings") or []:
            path = finding["file"]
            if path.startswith(prefix):
                path = path[len(prefix):]
            found[(repository["name"], path)].append((finding["id"], finding.get("tier", "direct")))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts")
    parser.add_argument("--commons", default="dotnet " + os.path.join(ROOT, "src/Commons.Cli/bin/Release/net8.0/commons.dll"))
    parser.add_argument("--json", help="score this scan report instead of running the scan")
    parser.add_argument("--manifest", default=os.path.join(HERE, "manifest.tsv"))
    parser.add_argument("--misses", action="store_true", help="list the files missed and the false alarms")
    arguments = parser.parse_args()

    rules = brick_rules(os.path.join(ROOT, "rules", "catalog.yml"))
    brick_ids = set(rules.values())
    if arguments.json:
        report_path, cpu, memory = arguments.json, None, None
    else:
        report_path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "realcode-scan.json")
        cpu, memory = run_scan(arguments.commons, arguments.checkouts, report_path)
    with open(report_path, encoding="utf-8") as handle:
        found = findings_by_file(json.load(handle))

    # language -> counters
    counts = defaultdict(lambda: defaultdict(int))
    notes = []
    with open(arguments.manifest, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            folder = row["repository"].replace("/", "+")
            if not os.path.isfile(os.path.join(arguments.checkouts, folder, row["path"])):
                sys.exit("missing from the checkouts: {}/{} (check out {} at {})".format(folder, row["path"], row["repository"], row["commit"]))
            language = language_of(row["path"])
            reported = found.get((folder, row["path"]), [])
            if row["label"] == "none":
                counts[language]["lookalikes"] += 1
                alarms = [rule for rule, _ in reported if rule in brick_ids]
                if alarms:
                    counts[language]["false alarms"] += 1
                    notes.append("false alarm {} {}/{}".format(",".join(sorted(set(alarms))), folder, row["path"]))
                continue
            tier = row["tier"]
            counts[language][tier] += 1
            if rules[row["label"]] in (rule for rule, _ in reported):
                counts[language][tier + " found"] += 1
            else:
                notes.append("missed {} ({}) {}/{}".format(row["label"], tier, folder, row["path"]))

    def ratio(found_count, total):
        return "{}/{} ({:.0%})".format(found_count, total, found_count / total) if total else "-"

    print("{:<14} {:>16} {:>16} {:>14}".format("language", "direct recall", "indirect recall", "false alarms"))
    totals = defaultdict(int)
    for language in sorted(counts):
        c = counts[language]
        for key, value in c.items():
            totals[key] += value
        print("{:<14} {:>16} {:>16} {:>14}".format(
            language, ratio(c["direct found"], c["direct"]), ratio(c["indirect found"], c["indirect"]),
            "{}/{}".format(c["false alarms"], c["lookalikes"])))
    print("{:<14} {:>16} {:>16} {:>14}".format(
        "all", ratio(totals["direct found"], totals["direct"]), ratio(totals["indirect found"], totals["indirect"]),
        "{}/{}".format(totals["false alarms"], totals["lookalikes"])))
    if cpu is not None:
        print("scan CPU {:.2f} s (user + system), peak resident memory {:.0f} MB".format(cpu, memory))
    if arguments.misses:
        print("\n".join(notes))


if __name__ == "__main__":
    main()
