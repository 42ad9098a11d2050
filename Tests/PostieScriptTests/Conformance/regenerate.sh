#!/usr/bin/env bash
# Regenerates the expected outputs of the PostieScript conformance corpus by running every program
# through Node 20, the oracle. See README.md in this directory.
#
# Usage: ./regenerate.sh [--check] [--allow-any-node] [category-or-file ...]
#   --check           compare Node's output with the recorded files instead of rewriting them;
#                     exits 1 when any file differs
#   --allow-any-node  run even when `node --version` is not v20.x (outputs may then differ)
#   category-or-file  limit the run to these categories (directory names) or .js files
#
# Every program runs as
#   env -i PATH="$PATH" TZ=America/New_York LANG=C node --stack-size=984 <name>.js
# from inside its own category directory, with an otherwise empty environment.
# Outputs written next to <name>.js:
#   <name>.expected  the exact standard output (every category)
#   <name>.exitcode  the exit status (only in uncaught/)
#   <name>.stderr    the first line of the uncaught error's message, paths stripped (only in uncaught/)
# Outside uncaught/ a program must exit 0 and write nothing to stderr, or the run fails.

set -u

here=$(cd "$(dirname "$0")" && pwd)
check=0
allow_any_node=0
selection=()
for argument in "$@"; do
    case "$argument" in
        --check) check=1 ;;
        --allow-any-node) allow_any_node=1 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        -*) echo "regenerate.sh: unknown option $argument" >&2; exit 2 ;;
        *) selection+=("$argument") ;;
    esac
done

if ! command -v node >/dev/null 2>&1; then
    echo "regenerate.sh: 'node' is not on PATH; Node 20 is required to produce the expected outputs" >&2
    exit 2
fi
node_path=$(command -v node)
node_version=$(node --version)
case "$node_version" in
    v20.*) ;;
    *)
        if [ "$allow_any_node" -eq 0 ]; then
            echo "regenerate.sh: the corpus is recorded with Node 20, found $node_version (use --allow-any-node to run anyway)" >&2
            exit 2
        fi
        ;;
esac
timeout_command=()
if command -v timeout >/dev/null 2>&1; then timeout_command=(timeout 30); fi

# Collect the programs, sorted, as paths relative to $here.
programs=()
if [ ${#selection[@]} -eq 0 ]; then
    while IFS= read -r path; do programs+=("$path"); done < <(cd "$here" && find . -mindepth 2 -maxdepth 2 -name '*.js' | sed 's|^\./||' | LC_ALL=C sort)
else
    for item in "${selection[@]}"; do
        item=${item#"$here"/}
        if [ -d "$here/$item" ]; then
            while IFS= read -r path; do programs+=("$path"); done < <(cd "$here" && find "$item" -maxdepth 1 -name '*.js' | LC_ALL=C sort)
        elif [ -f "$here/$item" ]; then
            programs+=("$item")
        else
            echo "regenerate.sh: no such category or file: $item" >&2
            exit 2
        fi
    done
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The first line of an uncaught error's message: the first non-empty line after Node's caret line
# (the line of ^ under the source excerpt), else the first line that is not a location.
first_error_line() {
    awk -v root="$here/" '
        { gsub(root, "") }
        found && $0 != "" { print; exit }
        /^[ \t]*\^+[ \t]*$/ { found = 1; next }
        !found && fallback == "" && $0 != "" && $0 !~ /^(\/|node:)/ { fallback = $0 }
        END { if (!found && fallback != "") print fallback }
    ' "$1"
}

# Compares (in --check mode) or writes one recorded file; counts differences.
differences=0
failures=0
record() {
    local produced=$1 target=$2
    if [ "$check" -eq 1 ]; then
        if ! cmp -s "$produced" "$target"; then
            echo "DIFFERS: ${target#"$here"/}"
            differences=$((differences + 1))
        fi
    elif ! cmp -s "$produced" "$target"; then
        cp "$produced" "$target"
    fi
}

count=0
for program in "${programs[@]}"; do
    directory=$here/$(dirname "$program")
    file=$(basename "$program")
    stem=${file%.js}
    category=$(basename "$directory")
    (cd "$directory" && env -i PATH="$PATH" TZ=America/New_York LANG=C \
        "${timeout_command[@]}" "$node_path" --stack-size=984 "$file" >"$scratch/stdout" 2>"$scratch/stderr")
    status=$?
    count=$((count + 1))
    if [ "$category" = "uncaught" ]; then
        if [ "$status" -eq 0 ]; then
            echo "FAIL: $program exited 0 but belongs to uncaught/" >&2
            failures=$((failures + 1))
            continue
        fi
        echo "$status" >"$scratch/exitcode"
        first_error_line "$scratch/stderr" >"$scratch/errorline"
        record "$scratch/stdout" "$directory/$stem.expected"
        record "$scratch/exitcode" "$directory/$stem.exitcode"
        record "$scratch/errorline" "$directory/$stem.stderr"
    else
        if [ "$status" -ne 0 ] || [ -s "$scratch/stderr" ]; then
            echo "FAIL: $program exited $status; stderr:" >&2
            sed 's/^/    /' "$scratch/stderr" | head -n 12 >&2
            failures=$((failures + 1))
            continue
        fi
        record "$scratch/stdout" "$directory/$stem.expected"
    fi
done

# Recorded files whose program no longer exists are reported (and removed unless --check).
orphans=0
if [ ${#selection[@]} -eq 0 ]; then
    while IFS= read -r recorded; do
        stem=${recorded%.*}
        if [ ! -f "$here/$stem.js" ]; then
            orphans=$((orphans + 1))
            if [ "$check" -eq 1 ]; then echo "ORPHAN: $recorded"; else rm -f "$here/$recorded"; echo "removed orphan $recorded"; fi
        fi
    done < <(cd "$here" && find . -mindepth 2 -maxdepth 2 \( -name '*.expected' -o -name '*.exitcode' -o -name '*.stderr' \) | sed 's|^\./||' | LC_ALL=C sort)
fi
[ "$check" -eq 1 ] && differences=$((differences + orphans))

if [ "$check" -eq 1 ]; then
    echo "checked $count programs with node $node_version: $differences differing files, $failures failures"
else
    echo "ran $count programs with node $node_version: $failures failures"
fi
[ "$differences" -eq 0 ] && [ "$failures" -eq 0 ]
