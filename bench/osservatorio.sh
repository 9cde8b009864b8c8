#!/usr/bin/env bash
# The Osservatorio's speed targets, measured here and now:
#   1. `agoral import` of a generated 1,000,000-row, 10-column CSV (the
#      messy kind: semicolons, decimal commas, thousands separators, missing
#      values) into a fresh SQLite data folder: wall time and peak resident
#      memory (targets: 20 s and 300 MB);
#   2. a 10,000-point line chart rendered (target 10 ms);
#   3. the choropleth of the 187 comuni (target 20 ms, then cached).
# Usage: bench/osservatorio.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
work="${AGORAL_BENCH_DIR:-/tmp/agoral-bench}/osservatorio"
mkdir -p "$work"
csv="$work/righe-$rows.csv"
if [ ! -s "$csv" ]; then
  echo "generating $rows rows in $csv"
  python3 - "$rows" "$csv" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
comuni = [l.split(",")[:2] for l in open("data/reference/comuni_AL.csv", encoding="utf-8").read().splitlines()[1:]]
paesi = ["Romania", "Albania", "Marocco", "Cina", "Ucraina", "Ecuador", "India", "Nigeria", "Senegal", "Egitto"]
with open(path, "w", encoding="utf-8") as f:
    f.write("codice_istat;comune;anno;sesso;cittadinanza;eta;residenti;quota;variazione;note\n")
    for i in range(rows):
        code, name = comuni[i % len(comuni)]
        residenti = random.randint(0, 25000)
        r = f"{residenti:,}".replace(",", ".")
        quota = "n.d." if i % 97 == 0 else f"{random.random() * 30:.2f}".replace(".", ",")
        var = f"{random.uniform(-500, 500):.1f}".replace(".", ",")
        note = "" if i % 5 else "dato provvisorio"
        f.write(f"{code};{name};{2015 + i % 10};{1 + i % 2};{paesi[i % 10]};{i % 100};{r};{quota};{var};{note}\n")
PY
fi
echo "file: $(du -h "$csv" | cut -f1)"
cargo build --release --quiet -p agoral-web
data="$work/data"
rm -rf "$data"
mkdir -p "$data"
python3 - "$data" "$csv" <<'PY'
import resource, subprocess, sys, time
data, csv = sys.argv[1], sys.argv[2]
env = {"AGORAL_DATA_DIR": data, "AGORAL_LOG": "warn", "PATH": "/usr/bin:/bin"}
start = time.monotonic()
done = subprocess.run(["target/release/agoral", "import", "--dataset", "bench", "--title", "Bench", csv],
                      env=env, capture_output=True, text=True)
elapsed = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(done.stdout.strip())
if done.returncode != 0:
    print(done.stderr)
    sys.exit(1)
print(f"import: {elapsed:.1f} s (target 20 s), peak resident memory {peak:.0f} MiB (target 300 MiB)")
PY
cargo run --release --quiet -p agoral-domain --example chart_speed
cargo run --release --quiet -p agoral-web --example choropleth_speed
