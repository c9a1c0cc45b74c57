#!/usr/bin/env python3
"""Reads netstat's structured output back, for tests/formats/test_formats.sh.

  check_output.py json FILE [MIN_DOCS]   every line is a netstat/1 document
  check_output.py schema FILE SCHEMA     each document validates; each row
                                         field matches its column's type
  check_output.py fixture FILE           the formats fixture's known values
  check_output.py csv FILE               RFC 4180, a header per section
  check_output.py yaml FILE JSON_FILE    same data as the JSON output
  check_output.py pretty FILE JSON_FILE  indented JSON (pretty: true), the
                                         same documents as JSON_FILE

Exit status: 0 pass, 1 fail (reason on stderr), 77 a module is missing.
"""
import csv
import io
import json
import sys

SKIP = 77


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def documents(path, min_docs=1):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # must be UTF-8: raises otherwise
    if not text.endswith("\n"):
        fail("output does not end with a newline")
    docs = []
    for n, line in enumerate(text.split("\n")[:-1], 1):
        try:
            doc = json.loads(line)
        except ValueError as e:
            fail("line %d is not JSON: %s" % (n, e))
        if doc.get("schema") != "netstat/1":
            fail("line %d: schema is %r" % (n, doc.get("schema")))
        docs.append(doc)
    if len(docs) < min_docs:
        fail("%d documents, expected at least %d" % (len(docs), min_docs))
    return docs


def check_schema(path, schema_path):
    try:
        import jsonschema
    except ImportError:
        sys.stderr.write("python3 module jsonschema not installed "
                         "(Debian: python3-jsonschema)\n")
        sys.exit(SKIP)
    with open(schema_path) as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    for doc in documents(path):
        for err in validator.iter_errors(doc):
            fail("schema: %s at %s" % (err.message, list(err.path)))
        # Row fields against their column's declared type.
        for sec in doc["sections"]:
            for col in sec["columns"]:
                sub = {"definitions": schema["definitions"],
                       "anyOf": [{"type": "null"},
                                 {"$ref": "#/definitions/" + col["type"]}]}
                v = jsonschema.Draft7Validator(sub)
                for row in sec["rows"]:
                    if col["key"] not in row:
                        fail("row of %s lacks %s" % (sec["key"], col["key"]))
                    for err in v.iter_errors(row[col["key"]]):
                        fail("%s.%s: %s" % (sec["key"], col["key"],
                                            err.message))


def check_fixture(path):
    doc = documents(path)[0]
    secs = {s["key"]: s for s in doc["sections"]}
    if "internet" not in secs or "unix" not in secs:
        fail("sections: %s" % sorted(secs))
    rows = secs["internet"]["rows"]
    addrs = [r["local_address"]["address"] for r in rows]
    if "2001:db8::1" not in addrs:
        fail("IPv6 address missing or cut: %s" % addrs)
    ports = [r["local_address"]["port"] for r in rows]
    if any(not isinstance(p, int) for p in ports) or 443 not in ports:
        fail("ports: %s" % ports)
    if any(not isinstance(r["recv_q"], int) for r in rows):
        fail("recv_q is not a number")
    if rows[0]["state"] != {"code": 10, "name": "LISTEN"}:
        fail("state: %r" % rows[0]["state"])
    paths = [r["path"] for r in secs["unix"]["rows"]]
    want = ["/run/plain.sock", '/tmp/with,comma"and quote',
            "/tmp/ctl\x01bad\ufffdutf8\u00e9", None]
    if paths != want:
        fail("unix paths: %r, expected %r" % (paths, want))


def check_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if text and not text.endswith("\r\n"):
        fail("records must end in CRLF")
    width, headers, rows = None, 0, 0
    for rec in csv.reader(io.StringIO(text, newline=""), strict=True):
        if rec[0] == "section":
            width, headers = len(rec), headers + 1
            continue
        if width is None:
            fail("data before the first header: %r" % rec)
        if len(rec) != width:
            fail("%d fields, header has %d: %r" % (len(rec), width, rec))
        rows += 1
    if headers < 2 or rows < 5:
        fail("%d headers, %d rows" % (headers, rows))


def check_yaml(path, json_path):
    try:
        import yaml
    except ImportError:
        sys.stderr.write("python3 module yaml not installed "
                         "(Debian: python3-yaml)\n")
        sys.exit(SKIP)
    with open(path, "rb") as f:
        got = list(yaml.safe_load_all(f.read().decode("utf-8")))
    want = documents(json_path)
    if got != want:
        fail("YAML and JSON differ:\n%r\n%r" % (got, want))


def check_pretty(path, json_path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    if "\n  \"schema\": " not in text:
        fail("not indented")
    decoder = json.JSONDecoder()
    got, at = [], 0
    while at < len(text):
        try:
            doc, at = decoder.raw_decode(text, at)
        except ValueError as e:
            fail("document %d is not JSON: %s" % (len(got) + 1, e))
        got.append(doc)
        if text[at:at + 1] != "\n":
            fail("document %d does not end with a newline" % len(got))
        at += 1
    want = documents(json_path)
    if got != want:
        fail("pretty and compact JSON differ:\n%r\n%r" % (got, want))


def main(argv):
    cmd = argv[1]
    if cmd == "json":
        documents(argv[2], int(argv[3]) if len(argv) > 3 else 1)
    elif cmd == "schema":
        check_schema(argv[2], argv[3])
    elif cmd == "fixture":
        check_fixture(argv[2])
    elif cmd == "csv":
        check_csv(argv[2])
    elif cmd == "yaml":
        check_yaml(argv[2], argv[3])
    elif cmd == "pretty":
        check_pretty(argv[2], argv[3])
    else:
        fail("unknown check " + cmd)


if __name__ == "__main__":
    main(sys.argv)
