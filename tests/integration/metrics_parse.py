#!/usr/bin/python3
"""Parses an OpenMetrics exposition (argv[1]) with prometheus_client's
OpenMetrics parser (the real one, from python3-prometheus-client) and
prints one line per sample: NAME{k=v,...} VALUE (labels sorted), so the
shell tests compare values. Exits 1 with the parser's error on a bad
exposition."""
import sys

from prometheus_client.openmetrics.parser import text_string_to_metric_families

text = open(sys.argv[1], encoding="utf-8").read()
try:
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            labels = ",".join(f"{k}={ascii(v)}" for k, v in sorted(s.labels.items()))
            print(f"{family.type} {s.name}{{{labels}}} {s.value!r}")
except Exception as e:  # the parser raises ValueError and friends
    print(f"parse error: {e}", file=sys.stderr)
    sys.exit(1)
