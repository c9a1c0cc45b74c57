#!/bin/bash
# netstat --fields (netstat(8), FIELDS): every field of every section the
# loaded families fill, per report, with type, unit and views, made from
# the column tables alone: it lists an out-of-tree module's fields (the
# loader's good_family test module) like the in-tree ones, and agrees with
# the columns the JSON output of the same sections declares. TAP.
set -u

bin=${NETSTAT_BIN:?}
top_builddir=${top_builddir:?}
top_srcdir=${top_srcdir:?}
command -v python3 >/dev/null || { echo "1..0 # SKIP needs python3"; exit 0; }
work=$(mktemp -d "${TMPDIR:-/tmp}/netstat-fields.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The tree's config plus the out-of-tree test family.
sed '/^modules:/a\  - name: good_family' "$top_srcdir/conf/netstat.yaml" \
	>"$work/netstat.yaml"
export NETSTAT_CONFIG=$work/netstat.yaml
export NETSTAT_PLUGIN_PATH=$top_builddir/modules:$top_builddir/tests/modules

"$bin" --fields --format=json >"$work/fields.json" 2>"$work/err"
echo "$?" >"$work/rc"
"$bin" --fields >"$work/classic" 2>>"$work/err"
echo "$?" >>"$work/rc"
"$bin" --fields --filter 'section = good' --columns field,type \
	--format=csv >"$work/good.csv" 2>>"$work/err"
echo "$?" >>"$work/rc"
# Structured output of the default listing, to compare the declared
# columns with (the fixture tree of the unix tests: no live system needed).
"$bin" --proc-root="$top_srcdir/tests/fixtures/unix/modern" --format=json \
	-xa >"$work/unix.json" 2>/dev/null

python3 - "$work" <<'PY'
import csv, json, sys
work = sys.argv[1]
results = []
def check(ok, what, detail=""):
    results.append((bool(ok), what, detail))

rcs = open(f"{work}/rc").read().split()
check(rcs == ["0", "0", "0"], "every --fields run exits 0", " ".join(rcs))
err = open(f"{work}/err").read()
check(err == "", "nothing on stderr", err[:500])
doc = json.load(open(f"{work}/fields.json"))
check(doc.get("report") == "fields", "the JSON document's report is fields",
      str(doc.get("report")))
rows = doc["sections"][0]["rows"] if doc.get("sections") else []
by = {}
for r in rows:
    by.setdefault((r["report"], r["section"]), []).append(r)
check(("connections", "good") in by and
      [(r["field"], r["type"]) for r in by[("connections", "good")]] ==
      [("word", "string")],
      "the out-of-tree family's field is listed with its type",
      str(by.get(("connections", "good"))))
reports = {r["report"] for r in rows}
check({"connections", "routes", "interfaces", "statistics"} <= reports,
      "fields of every report are listed", str(sorted(reports)))
unix = json.load(open(f"{work}/unix.json"))
declared = [(c["key"], c["type"]) for s in unix["sections"]
            if s["key"] == "unix" for c in s["columns"]]
listed = [(r["field"], r["type"]) for r in by.get(("connections", "unix"), [])
          if "structured" in r["views"] and r["shown_with"] in ("always",)]
check(declared and declared == listed,
      "the unix fields match the columns the JSON output declares",
      f"{declared} != {listed}")
mem = {r["field"]: r for r in by.get(("connections", "unix"), [])}
check(mem.get("rcvbuf", {}).get("unit") == "bytes" and
      mem.get("drops", {}).get("measure") == "counter" and
      mem.get("processes", {}).get("type") == "processes" and
      mem.get("processes", {}).get("shown_with") == "-p",
      "units, measures and conditions are the column tables'",
      str({k: mem.get(k) for k in ("rcvbuf", "drops", "processes")}))
good = list(csv.reader(open(f"{work}/good.csv", newline="")))
check(good == [["section", "field", "type"], ["fields", "word", "string"]],
      "--fields takes the query options", str(good))
classic = open(f"{work}/classic").read().splitlines()
check(len(classic) == len(rows) + 2 and classic[1].split()[:3] ==
      ["Report", "Section", "Field"],
      "classic: a title, a header and a line per field",
      "\n".join(classic[:3]))
print(f"1..{len(results)}")
for i, (ok, what, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {what}")
    if not ok and detail:
        print("# " + detail.replace("\n", "\n# "))
PY
