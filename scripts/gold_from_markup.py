#!/usr/bin/env python3
"""Build Scholia's gold evaluation files from hand-annotated markup.

For every markup file ``tests/fixtures/src/<name>.md`` this writes

* ``tests/fixtures/<name>.txt``       the plain article text (no trailing newline
                                      is added or removed: the text is exactly
                                      the markup with the marks and comment lines
                                      taken out), and
* ``tests/fixtures/<name>.gold.json`` a Scholia export, format version 1, whose
                                      ``annotations`` are the hand-made gold spans.

Usage::

    python3 scripts/gold_from_markup.py            # all files in tests/fixtures/src
    python3 scripts/gold_from_markup.py --check    # validate only, write nothing
    python3 scripts/gold_from_markup.py zh-hant-01 # only the named files
    python3 scripts/gold_from_markup.py --counts   # also print span counts by label
    python3 scripts/gold_from_markup.py --dir tests/fixtures/heldout
                                    # another set: markup in DIR/src, output in DIR

Without ``--dir`` the set is ``tests/fixtures`` (markup in ``tests/fixtures/src``).
A relative ``--dir`` is taken from the current directory.

Python 3 standard library only.

Markup
------
The markup file is the article text, written as the user would paste it, with
every gold span wrapped in double brackets::

    [[surface|LABEL]]                       a span with no value
    [[surface|LABEL|VALUE]]                 VALUE is JSON: a number, a string or an object
    [[surface|LABEL|VALUE|approx]]          approximate span (a fused 多 餘 余 幾 几 數 数)
    [[surface|LABEL||approx]]               approximate, no value

Examples::

    [[微軟|ORG]] CEO [[納德拉|PERSON]]
    [[130 億美元|MONEY|{"amount":13000000000,"currency":"USD"}]]
    [[50 多家|CARDINAL|50|approx]]
    [[2 月 26 日|DATE|"--02-26"]]
    [[去年 11 月|DATE]]                     relative: no value

``surface`` is copied to the text verbatim and becomes the span; it may not
contain ``[``, ``]`` or ``|``, and may not start or end with white space.
Outside marks the text may not contain ``[[``, ``]]`` or ``|`` at all (the
script refuses them, as they almost always are a broken mark).
Lines whose first characters are ``%%`` are annotator comments: they are
dropped with their line break and never reach the text.

The document title is the first non-empty line of the text. The script is
taken from the file name: ``zh-hant-*`` -> traditional, ``zh-hans-*`` ->
simplified, anything else -> latin.

Checks (any failure stops the script with the file, line and reason):

* well-formed marks (no nesting, no stray ``[[`` / ``]]`` / ``|`` field errors);
* the label is one of the 13 labels of RECOGNITION.md;
* the value has the label's shape: CARDINAL/ORDINAL/PERCENT a number,
  MONEY ``{"amount": number, "currency": "ABC"}``, QUANTITY
  ``{"amount": number, "unit": string}``, DATE/TIME an ISO 8601 string of the
  forms RECOGNITION.md uses, and no value on name labels;
* ``approx`` only on number-bearing labels whose surface holds a fused
  approximation morpheme, and required when it does;
* no span starts or ends with a hedge word that must stay outside
  (約 近 逾 超過 不到 大約 以上 以下 左右 ~ about nearly more than up to);
* spans are sorted and never overlap; each ``text`` equals the slice of the
  document text, and the written sha256 and length match the text.
"""

import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC_DIR = os.path.join(ROOT, "tests", "fixtures", "src")
OUT_DIR = os.path.join(ROOT, "tests", "fixtures")

LABELS = [
    "PERSON", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "DATE", "TIME",
    "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
]
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "EVENT"}
NUMBER_VALUE_LABELS = {"CARDINAL", "ORDINAL", "PERCENT"}
APPROX_MORPHEMES = set("多餘余幾几數数")
HEDGES_ZH = ["約", "近", "逾", "超過", "超过", "不到", "大約", "大约", "以上", "以下", "左右", "~", "～"]
HEDGES_EN = ["about", "nearly", "more than", "up to", "roughly", "almost", "over"]

ISO_DATE_TIME = re.compile(
    r"^(?:"
    r"\d{4}(?:-\d{2}(?:-\d{2})?)?"            # 2024, 2024-02, 2024-02-26
    r"|\d{4}-Q[1-4]"                           # 2025-Q1
    r"|--\d{2}(?:-\d{2})?"                     # --11, --02-26
    r"|---\d{2}"                               # ---31
    r"|T\d{2}:\d{2}(?::\d{2})?"                # T23:00
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"          # 2024-02-26T15:30
    r"|P(?:\d+(?:\.\d+)?[YMWD])+(?:T(?:\d+(?:\.\d+)?[HMS])+)?"  # P2Y, P3M
    r"|PT(?:\d+(?:\.\d+)?[HMS])+"              # PT10M
    r")$"
)

MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


class MarkupError(Exception):
    pass


def script_of(name):
    if name.startswith("zh-hant"):
        return "traditional"
    if name.startswith("zh-hans"):
        return "simplified"
    return "latin"


def check_iso(value, where):
    if not isinstance(value, str):
        raise MarkupError(f"{where}: DATE/TIME value must be a JSON string, got {value!r}")
    parts = value.split("/")
    if len(parts) > 2 or not all(ISO_DATE_TIME.match(p) for p in parts):
        raise MarkupError(f"{where}: {value!r} is not an ISO 8601 form RECOGNITION.md uses")


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_value(label, value, where):
    if value is None:
        return
    if label in NAME_LABELS:
        raise MarkupError(f"{where}: {label} spans carry no value")
    if label in NUMBER_VALUE_LABELS:
        if not is_number(value):
            raise MarkupError(f"{where}: {label} value must be a plain number, got {value!r}")
    elif label == "MONEY":
        if (not isinstance(value, dict) or set(value) != {"amount", "currency"}
                or not is_number(value["amount"])
                or not re.fullmatch(r"[A-Z]{3}", str(value["currency"]))):
            raise MarkupError(f"{where}: MONEY value must be {{\"amount\": n, \"currency\": \"ISO\"}}, got {value!r}")
    elif label == "QUANTITY":
        if (not isinstance(value, dict) or set(value) != {"amount", "unit"}
                or not is_number(value["amount"]) or not isinstance(value["unit"], str)
                or not value["unit"]):
            raise MarkupError(f"{where}: QUANTITY value must be {{\"amount\": n, \"unit\": \"...\"}}, got {value!r}")
    elif label in ("DATE", "TIME"):
        check_iso(value, where)


def check_hedges(surface, label, where):
    if label in NAME_LABELS:
        return
    for h in HEDGES_ZH:
        if surface.startswith(h) or surface.endswith(h):
            # 近 / 約 may legitimately end a word only in names; numbers never.
            raise MarkupError(f"{where}: span {surface!r} starts or ends with the hedge {h!r}")
    low = surface.lower()
    for h in HEDGES_EN:
        if low.startswith(h + " ") or low.endswith(" " + h):
            raise MarkupError(f"{where}: span {surface!r} starts or ends with the hedge {h!r}")


def parse_markup(raw, name):
    """Return (text, spans) where spans are dicts with start/end/label/text/value/approx."""
    # Drop comment lines first (with their line break).
    lines = raw.split("\n")
    kept_numbers = [i + 1 for i, ln in enumerate(lines) if not ln.startswith("%%")]
    kept = [ln for ln in lines if not ln.startswith("%%")]
    body = "\n".join(kept)
    if body.endswith("\n"):
        body = body.rstrip("\n")

    text_parts = []
    spans = []
    pos = 0          # in body (code points)
    out_len = 0      # in output text (code points)

    def line_of(i):
        """Line number in the markup file (comment lines counted)."""
        k = body.count("\n", 0, i)
        return kept_numbers[k] if k < len(kept_numbers) else k + 1

    for m in MARK.finditer(body):
        before = body[pos:m.start()]
        where = f"{name}.md line {line_of(m.start())}"
        if "[[" in before or "]]" in before:
            raise MarkupError(f"{where}: stray '[[' or ']]' before {m.group(0)!r}")
        text_parts.append(before)
        out_len += len(before)
        inner = m.group(1)
        if "[[" in inner or "\n" in inner:
            raise MarkupError(f"{where}: unterminated or nested mark {m.group(0)[:60]!r}")
        fields = inner.split("|")
        if len(fields) < 2 or len(fields) > 4:
            raise MarkupError(f"{where}: mark {m.group(0)!r} needs 2 to 4 '|'-separated fields")
        surface, label = fields[0], fields[1]
        value_src = fields[2] if len(fields) >= 3 else ""
        flag = fields[3] if len(fields) == 4 else ""
        if not surface:
            raise MarkupError(f"{where}: empty surface in {m.group(0)!r}")
        if surface != surface.strip():
            raise MarkupError(f"{where}: surface {surface!r} starts or ends with white space")
        if "[" in surface or "]" in surface:
            raise MarkupError(f"{where}: surface {surface!r} contains a bracket")
        if label not in LABELS:
            raise MarkupError(f"{where}: unknown label {label!r} in {m.group(0)!r}")
        value = None
        if value_src.strip():
            try:
                value = json.loads(value_src)
            except json.JSONDecodeError as e:
                raise MarkupError(f"{where}: value {value_src!r} is not JSON ({e})")
        check_value(label, value, where)
        if flag not in ("", "approx"):
            raise MarkupError(f"{where}: fourth field must be 'approx', got {flag!r}")
        approx = flag == "approx"
        has_morpheme = any(c in APPROX_MORPHEMES for c in surface)
        if label not in NAME_LABELS:
            if approx and not has_morpheme:
                raise MarkupError(f"{where}: {surface!r} is marked approx but holds no 多 餘 余 幾 几 數 数")
            if has_morpheme and not approx:
                raise MarkupError(f"{where}: {surface!r} holds an approximation morpheme but is not marked approx")
        elif approx:
            raise MarkupError(f"{where}: name spans are never approximate")
        check_hedges(surface, label, where)
        start = out_len
        text_parts.append(surface)
        out_len += len(surface)
        spans.append({"start": start, "end": out_len, "label": label,
                      "text": surface, "value": value, "approx": approx})
        pos = m.end()
    rest = body[pos:]
    if "[[" in rest or "]]" in rest:
        raise MarkupError(f"{name}.md line {line_of(pos)}: stray '[[' or ']]' after the last mark")
    text_parts.append(rest)
    text = "".join(text_parts)
    if "|" in text:
        i = text.index("|")
        raise MarkupError(f"{name}.md: stray '|' in the text near {text[max(0, i-20):i+20]!r}")
    return text, spans


def build(name, src_dir=SRC_DIR):
    path = os.path.join(src_dir, name + ".md")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    text, spans = parse_markup(raw, name)
    title = next((ln.strip() for ln in text.split("\n") if ln.strip()), name)
    annotations = []
    prev_end = 0
    for i, s in enumerate(spans, 1):
        if s["start"] < prev_end:
            raise MarkupError(f"{name}: span {s['text']!r} overlaps the previous one")
        if text[s["start"]:s["end"]] != s["text"]:
            raise MarkupError(f"{name}: internal error, slice mismatch for {s['text']!r}")
        prev_end = s["end"]
        a = {"id": i, "start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
        if s["value"] is not None:
            a["value"] = s["value"]
        if s["approx"]:
            a["approx"] = True
        a["source"] = "user"
        annotations.append(a)
    doc = {
        "format": "scholia",
        "version": 1,
        "document": {
            "title": title,
            "text": text,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "length": len(text),
            "script": script_of(name),
        },
        "sections": [],
        "suggestions": [],
        "annotations": annotations,
        "section_annotations": [],
    }
    return text, doc


def verify(doc, text):
    """Independent re-check of a gold document as it will be read back."""
    d = doc["document"]
    assert d["text"] == text
    assert d["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert d["length"] == len(text)
    prev = 0
    for i, a in enumerate(doc["annotations"], 1):
        assert a["id"] == i
        assert 0 <= a["start"] < a["end"] <= len(text)
        assert a["start"] >= prev, a
        assert text[a["start"]:a["end"]] == a["text"], a
        prev = a["end"]


def parse_dir_option(argv):
    """Take ``--dir DIR`` / ``--dir=DIR`` out of argv; return (src_dir, out_dir, rest)."""
    src_dir, out_dir = SRC_DIR, OUT_DIR
    rest = []
    i = 0
    while i < len(argv):
        a = argv[i]
        base = None
        if a == "--dir":
            if i + 1 >= len(argv):
                raise SystemExit("error: --dir needs a directory")
            base = argv[i + 1]
            i += 1
        elif a.startswith("--dir="):
            base = a[len("--dir="):]
        else:
            rest.append(a)
        if base is not None:
            out_dir = os.path.abspath(base)
            src_dir = os.path.join(out_dir, "src")
            if not os.path.isdir(src_dir):
                raise SystemExit(f"error: no markup directory {src_dir}")
        i += 1
    return src_dir, out_dir, rest


def main(argv):
    src_dir, out_dir, argv = parse_dir_option(argv)
    check_only = "--check" in argv
    counts = "--counts" in argv
    names = [a for a in argv if not a.startswith("--")]
    if not names:
        names = sorted(f[:-3] for f in os.listdir(src_dir) if f.endswith(".md"))
    totals = {}
    failed = False
    for name in names:
        try:
            text, doc = build(name, src_dir)
            verify(doc, text)
        except MarkupError as e:
            print(f"error: {e}", file=sys.stderr)
            failed = True
            continue
        nbytes = len(text.encode("utf-8"))
        per = {}
        for a in doc["annotations"]:
            per[a["label"]] = per.get(a["label"], 0) + 1
            totals[a["label"]] = totals.get(a["label"], 0) + 1
        print(f"{name}: {len(doc['annotations'])} spans, {len(text)} code points, {nbytes} bytes")
        if counts:
            print("   " + " ".join(f"{l}={per[l]}" for l in LABELS if l in per))
        if not check_only:
            with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            out = os.path.join(out_dir, name + ".gold.json")
            with open(out, "w", encoding="utf-8", newline="\n") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")
            with open(out, encoding="utf-8") as f:
                verify(json.load(f), text)
    if counts and totals:
        print("total: " + " ".join(f"{l}={totals[l]}" for l in LABELS if l in totals)
              + f" (all={sum(totals.values())})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
