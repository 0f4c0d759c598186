"""Measure the encoding and typo fixers: harm on clean text, repair of real damage, speed.

    python benchmarks/fixers.py [--pages PATH] [--docs N] [--rate R] [--seed S]

Needs, besides articleclean: codespell (its misspelling dictionary), pyspellchecker
and symspellpy (peers).  Prints Markdown tables for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import time
from collections import Counter
from pathlib import Path

import articleclean
from articleclean.fixers import typos
from articleclean.text import ODD_SPACE_RE

HERE = Path(__file__).resolve().parent
DEFAULT_PAGES = HERE.parent.parent / "shared" / "bench" / "aeb-dev" / "pages.jsonl.gz"
WORD = re.compile(r"(?<![\w@#/.'’-])[a-z]+(?![\w@/'’-]|\.\w)")


def load_truth(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def n_words(text: str) -> int:
    return len(text.split())


# -- typos ------------------------------------------------------------------
def misspellings() -> dict[str, list[str]]:
    """correct word -> its misspellings, from codespell's dictionary.txt.

    Kept: entries with one correction, both sides lower-case letters, the
    correction a dictionary word and the misspelling not one (real-word errors
    are out of scope for a non-word corrector)."""
    import codespell_lib

    uni = typos._unigrams()
    path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("->")
        fixes = [x.strip() for x in right.split(",")]
        if len(fixes) != 1 or not (wrong.isalpha() and wrong.islower() and fixes[0].isalpha() and fixes[0].islower()):
            continue
        if fixes[0] not in uni or wrong in uni:
            continue
        out.setdefault(fixes[0], []).append(wrong)
    return out


def damerau1(a: str, b: str) -> bool:
    from articleclean.text import similar_word

    return similar_word(a, b, 1)


def inject(text: str, table: dict[str, list[str]], rng: random.Random, rate: float):
    """Replace some words with a real misspelling; returns new text and {start: (wrong, right)}."""
    out, pos, shift, injected = [], 0, 0, {}
    for m in WORD.finditer(text):
        w = m.group()
        if w in table and rng.random() < rate:
            wrong = rng.choice(sorted(table[w]))
            out.append(text[pos : m.start()])
            out.append(wrong)
            injected[m.start() + shift] = (wrong, w)
            shift += len(wrong) - len(w)
            pos = m.end()
    out.append(text[pos:])
    return "".join(out), injected


def word_map(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]


def score_changes(damaged: str, fixed: str, injected: dict, stats: Counter) -> None:
    a, b = word_map(damaged), word_map(fixed)
    if len(a) != len(b):  # corrections never change the number of words
        raise AssertionError("word count changed")
    for (pos, wa), (_, wb) in zip(a, b):
        core = WORD.search(wa)
        key = pos + core.start() if core else None
        if key in injected:
            wrong, right = injected[key]
            kind = "one-edit" if damerau1(wrong, right) else "harder"
            stats[f"{kind}:injected"] += 1
            if wa != wb:
                stats[f"{kind}:changed"] += 1
                stats[f"{kind}:right" if wb.replace(wrong, right) == wa.replace(wrong, right) and right in wb else f"{kind}:wrong"] += 1
        elif wa != wb:
            stats["clean:changed"] += 1


def symspell_fix(text: str) -> str:
    from symspellpy import Verbosity

    sym = _symspell()

    def fix(m):
        w = m.group()
        s = sym.lookup(w, Verbosity.TOP, max_edit_distance=2, include_unknown=True)
        return s[0].term if s else w

    return WORD.sub(fix, text)


def _symspell():
    from symspellpy import SymSpell

    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    sym.load_dictionary(typos._data_path("frequency_dictionary_en_82_765.txt"), 0, 1)
    return sym


def pyspell_fixer():
    from spellchecker import SpellChecker

    sp = SpellChecker()

    def fixer(text: str) -> str:
        def fix(m):
            w = m.group()
            if w in sp:
                return w
            c = sp.correction(w)
            return c if c else w

        return WORD.sub(fix, text)

    return fixer


def typo_report(rows, args) -> list[str]:
    lines = []
    english = [r["truth"] for r in rows if r["lang"] == "en"]
    # clean news text
    words = sum(n_words(t) for t in english)
    false = []
    for t in english:
        out = articleclean.fix_typos(t)
        if out != t:
            for (_, a), (_, b) in zip(word_map(t), word_map(out)):
                if a != b:
                    false.append(f"{a} → {b}")
    lines.append("### Typos: clean news text (AEB `truth` bodies, lang=en)\n")
    lines.append("| words | false fixes | per 10,000 words |")
    lines.append("|---:|---:|---:|")
    lines.append(f"| {words:,} | {len(false)} | {10_000 * len(false) / words:.3f} |")
    if false:
        lines.append(f"\nFalse fixes: {', '.join(false)}")
    # injected misspellings
    table = misspellings()
    rng = random.Random(args.seed)
    peers = {"articleclean.fix_typos": articleclean.fix_typos, "symspellpy (lookup TOP, distance 2)": symspell_fix}
    if not args.no_pyspell:
        peers["pyspellchecker (default)"] = pyspell_fixer()
    docs = english[: args.docs]
    damaged = [inject(t, table, rng, args.rate) for t in docs]
    lines.append(
        f"\n### Typos: real misspellings injected (codespell list, {sum(map(len, table.values())):,} pairs; "
        f"rate {args.rate}, {len(docs)} docs)\n"
    )
    lines.append("| fixer | slips injected | slip precision | slip recall | harder injected | harder precision | harder recall | clean words changed | overall precision |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, fn in peers.items():
        st: Counter = Counter()
        for text, injected in damaged:
            score_changes(text, fn(text), injected, st)
        row = [name]
        for kind in ("one-edit", "harder"):
            inj, ch, right = st[f"{kind}:injected"], st[f"{kind}:changed"], st[f"{kind}:right"]
            row += [str(inj), f"{right / ch:.3f}" if ch else "–", f"{right / inj:.3f}" if inj else "–"]
        total_changes = st["one-edit:changed"] + st["harder:changed"] + st["clean:changed"]
        total_right = st["one-edit:right"] + st["harder:right"]
        row += [str(st["clean:changed"]), f"{total_right / total_changes:.3f}" if total_changes else "–"]
        lines.append("| " + " | ".join(row) + " |")
    lines.append(
        "\nPrecision counts every change: a misspelling changed to the wrong word and a correct word "
        "changed are both errors. 'Slips' are one edit (Damerau) from the intended word."
    )
    return lines


# -- encoding ----------------------------------------------------------------
def _entities(s: str, rng: random.Random) -> str:
    import html.entities as he

    names = {v: k for k, v in he.html5.items() if k.endswith(";") and len(v) == 1}
    out = []
    for ch in s:
        if ch == "&" or (ord(ch) > 127 and rng.random() < 0.8) or (ch in "<>\"'" and rng.random() < 0.5):
            style = rng.randrange(4)
            if style == 0 and ch in names:
                out.append("&" + names[ch])
            elif style == 1:
                out.append(f"&#{ord(ch)};")
            elif style == 2:
                out.append(f"&#x{ord(ch):x};")
            else:
                out.append("&amp;" + (names.get(ch) or f"#{ord(ch)};"))
        else:
            out.append(ch)
    return "".join(out)


def _insert(s: str, chars: str, rng: random.Random, rate: float = 0.02) -> str:
    return "".join(c + (rng.choice(chars) if rng.random() < rate else "") for c in s)


def damages(rng: random.Random):
    w1252 = lambda s: s.encode("utf-8").decode("sloppy-windows-1252")  # noqa: E731
    return {
        "UTF-8 read as Windows-1252": w1252,
        "UTF-8 read as Latin-1": lambda s: s.encode("utf-8").decode("latin-1"),
        "doubly encoded (Windows-1252 twice)": lambda s: w1252(w1252(s)),
        "part of a line (one sentence)": lambda s: _part(s, w1252),
        # strict: a paragraph Windows-1252 cannot hold (Cyrillic, Japanese) is skipped, since
        # dropping its characters would be damage no repair can undo
        "Windows-1252 read as Latin-1 (C1)": lambda s: s.encode("windows-1252").decode("latin-1"),
        "HTML entities (named/decimal/hex/double)": lambda s: _entities(s, rng),
        "zero-width, BOM, soft hyphens": lambda s: "\ufeff" + _insert(s, "\u200b\u2060\u00ad", rng),
        "no-break and odd spaces": lambda s: s.replace(" ", "\u00a0", 3).replace(" ", "\u2009", 2).replace(" ", "\u202f", 1),
        "C0 controls": lambda s: _insert(s, "\x00\x01\x07\x08\x1b\x7f", rng),
        "CRLF / CR line ends": lambda s: s.replace("\n", "\r\n") if rng.random() < 0.5 else s.replace("\n", "\r"),
    }


def _part(s: str, damage) -> str:
    parts = re.split(r"(?<=[.!?]) ", s)
    i = max(range(len(parts)), key=lambda k: not parts[k].isascii())
    parts[i] = damage(parts[i])
    return " ".join(parts)


def encoding_report(rows, args) -> list[str]:
    rng = random.Random(args.seed)
    paras = [p.strip() for r in rows for p in r["truth"].split("\n\n") if p.strip()]
    nonascii = [p for p in paras if not p.isascii() and "\n" not in p]
    multi = [r["truth"] for r in rows]
    expected = lambda s: ODD_SPACE_RE.sub(" ", s.replace("\u00ad", ""))  # noqa: E731
    lines = ["### Encoding: damage restored exactly\n"]
    lines.append(f"Samples: paragraphs of the AEB `truth` bodies with a non-ASCII character ({len(nonascii)}; all five languages), "
                 "whole bodies for line ends. Expected output: the original with odd spaces as plain spaces and soft hyphens removed.\n")
    lines.append("| damage | samples | changed by damage | restored exactly | rate |")
    lines.append("|---|---:|---:|---:|---:|")
    for kind, fn in damages(rng).items():
        pool = multi if "line ends" in kind else nonascii
        n = changed = ok = 0
        for s in pool:
            try:
                d = fn(s)
            except UnicodeError:
                continue
            n += 1
            if d == s:
                continue
            changed += 1
            ok += articleclean.fix_encoding(d) == expected(s)
        lines.append(f"| {kind} | {n} | {changed} | {ok} | {ok / changed:.3f} |")
    unchanged = sum(articleclean.fix_encoding(r["truth"]) == expected(r["truth"]) for r in rows)
    touched = [r for r in rows if articleclean.fix_encoding(r["truth"]) != r["truth"]]
    why = Counter()
    for r in touched:
        for f in articleclean.clean_and_explain(r["truth"], pipeline=articleclean.Pipeline.from_names(["encoding"])).fixes:
            why[f.code] += 1
    lines.append(f"\nUndamaged text: {unchanged} of {len(rows)} `truth` bodies come out unchanged apart from odd spaces "
                 f"and soft hyphens; {len(touched)} are changed at all, by: {dict(why) or 'nothing'}.")
    return lines


# -- speed -------------------------------------------------------------------
def speed_report(rows, args) -> list[str]:
    import ftfy

    text = "\n\n".join(r["truth"] for r in rows)
    en = "\n\n".join(r["truth"] for r in rows if r["lang"] == "en")
    mojibake = text.encode("utf-8").decode("sloppy-windows-1252")
    mb = lambda s: len(s.encode("utf-8")) / 1e6  # noqa: E731

    def rate(fn, s, reps=3):
        best = min(_timed(fn, s) for _ in range(reps))
        return f"{mb(s) / best:.1f}"

    load = _first_call()
    lines = ["### Throughput (MB/s of UTF-8, best of 3, warm)\n"]
    lines.append("| input | fix_encoding | ftfy.fix_text (defaults) | fix_typos |")
    lines.append("|---|---:|---:|---:|")
    lines.append(f"| AEB truth bodies, all ({mb(text):.2f} MB) | {rate(articleclean.fix_encoding, text)} | {rate(ftfy.fix_text, text)} | – |")
    lines.append(f"| AEB truth bodies, English ({mb(en):.2f} MB) | {rate(articleclean.fix_encoding, en)} | {rate(ftfy.fix_text, en)} | {rate(articleclean.fix_typos, en)} |")
    lines.append(f"| the same, all of it mojibake ({mb(mojibake):.2f} MB) | {rate(articleclean.fix_encoding, mojibake, 1)} | {rate(ftfy.fix_text, mojibake, 1)} | – |")
    lines.append(f"\nFirst call in a fresh process (loads the typo resources; clean sentence, then one misspelling): {load}.")
    return lines


def _first_call() -> str:
    import subprocess
    import sys

    code = (
        "import time, articleclean as a\n"
        "t = time.perf_counter(); a.fix_typos('The council met on Monday to discuss upskilling.')\n"
        "u = time.perf_counter(); a.fix_typos('It involves the sexal abuse of children.')\n"
        "print(f'{u - t:.2f} s clean, {time.perf_counter() - u:.2f} s first misspelling')"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def _timed(fn, s) -> float:
    t = time.perf_counter()
    fn(s)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=Path(os.environ.get("AEB_PAGES", DEFAULT_PAGES)))
    ap.add_argument("--docs", type=int, default=75, help="English documents to inject misspellings into")
    ap.add_argument("--rate", type=float, default=0.03, help="share of eligible words misspelled")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-pyspell", action="store_true", help="skip the (slow) pyspellchecker peer")
    ap.add_argument("--only", choices=["typos", "encoding", "speed"])
    args = ap.parse_args()
    rows = load_truth(args.pages)
    out = []
    if args.only in (None, "encoding"):
        out += [*encoding_report(rows, args), ""]
    if args.only in (None, "typos"):
        out += [*typo_report(rows, args), ""]
    if args.only in (None, "speed"):
        out += speed_report(rows, args)
    print("\n".join(out))


if __name__ == "__main__":
    main()
