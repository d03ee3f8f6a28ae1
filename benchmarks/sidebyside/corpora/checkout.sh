#!/bin/sh
# Lays out a corpus of benchmarks/sidebyside from its manifest (needs internet access to GitHub):
#
#     sh benchmarks/sidebyside/corpora/checkout.sh benchmarks/sidebyside/corpora/polyglot.tsv /path/to/polyglot
#     sh benchmarks/sidebyside/corpora/checkout.sh --no-git benchmarks/sidebyside/corpora/dotnet.tsv /path/to/dotnet
#
# Each row (repository, commit, subfolder, files) becomes DEST/owner+name: the files of that commit (`git archive`,
# so a .gitattributes export-ignore leaves its files out), only those under the subfolder unless it is ".", only the
# first FILES of the archive when the column is not empty (the measured copies were cut there: their snapshot lacked
# the next file), and an empty .git folder, so that commons scan takes the folder for one repository. With --no-git,
# no .git folder (how large-csharp.tsv and dotnet.tsv were measured): commons scan then takes a folder for a repository
# where a solution or a project manifest is at its top, and otherwise looks below it. The code is never part of this
# project: only the manifests are. A folder already there is kept as it is.
set -eu

git_folder=yes
if [ "${1:-}" = "--no-git" ]; then
    git_folder=no
    shift
fi
if [ $# -ne 2 ] || [ ! -f "$1" ]; then
    echo "usage: checkout.sh [--no-git] MANIFEST.tsv DEST" >&2
    exit 2
fi
manifest=$1
dest=$2
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tail -n +2 "$manifest" | while IFS="$(printf '\t')" read -r repository commit subfolder files; do
    folder="$dest/$(printf '%s' "$repository" | tr / +)"
    if [ -e "$folder" ]; then
        echo "$folder: already there, kept"
        continue
    fi
    echo "$folder: $repository at $commit"
    rm -rf "$work/git"
    git init -q --bare "$work/git"
    git --git-dir="$work/git" fetch -q --depth 1 "https://github.com/$repository" "$commit"
    if [ "$subfolder" = "." ]; then set -- "$commit"; else set -- "$commit" "$subfolder"; fi
    git --git-dir="$work/git" archive --format=tar -o "$work/archive.tar" "$@"
    mkdir -p "$folder"
    if [ "$git_folder" = yes ]; then mkdir "$folder/.git"; fi
    if [ -n "$files" ]; then
        tar -tf "$work/archive.tar" | grep -v '/$' | head -n "$files" > "$work/files"
        tar -xf "$work/archive.tar" -C "$folder" -T "$work/files"
    else
        tar -xf "$work/archive.tar" -C "$folder"
    fi
done
