"""The typo fixer on real human misspellings put into real news sentences, and on clean text.

    python benchmarks/typos_real.py [--pages PATH] [--lists DIR] [--split test|tune|all] [--peers] [--show]

Misspellings: the ``*.tsv`` lists (``misspelling<TAB>correct`` lines) in ``--lists`` (default
``shared/bench/typos`` beside the repository, or $TYPO_LISTS; their sources and licences are in
benchmarks/README.md, section "Typos: real misspellings"): each pair ``misspelling -> correct word`` whose correct word occurs, lower case,
in a sentence of the English AEB ``truth`` bodies or of the news corpus's ``keep`` snippets
is put into one such sentence (chosen by a hash, so the cases are stable), and the fixer runs
on that sentence alone.  The pairs are split by a hash of the correct word: ``tune`` to work
on, ``test`` to report.

Clean text (the harm corpus): the English AEB ``truth`` bodies, the news ``keep`` snippets and
the test fixtures' clean texts (tests/fixtures/expected and negative): every change is a false
fix.

Peers (``--peers``): symspellpy (lookup, TOP, distance 2), pyspellchecker and autocorrect, each
on every lower-case word of the same sentences.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import articleclean
from articleclean.fixers import typos
from articleclean.text import similar_word

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_PAGES = ROOT.parent / "shared" / "bench" / "aeb-dev" / "pages.jsonl.gz"
LISTS = Path(os.environ.get("TYPO_LISTS", ROOT.parent / "shared" / "bench" / "typos"))
WORD = re.compile(r"(?<![\w@#/.'’-])[a-z]+(?![\w@/'’-]|\.\w)")
# Misspellings in the clean corpora's own text, checked by hand (each fix looked at in context):
# fixing one is a typo fixed, not a false fix.
CORPUS_TYPOS = {("appratus", "apparatus")}
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


def load_pairs(folder: Path = LISTS) -> dict[str, list[tuple[str, str]]]:
    """list name -> (misspelling, correct) pairs of lower-case letters, from ``folder``'s ``*.tsv``.

    Pairs whose misspelling is a dictionary word (a real-word error: out of scope, and the
    fixer must leave real words alone) are left out, and so are duplicates within a list.
    """
    uni = typos._unigrams()
    out: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(folder.glob("*.tsv")):
        seen: set[tuple[str, str]] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            wrong, _, right = line.partition("\t")
            wrong, right = wrong.strip().lower(), right.strip().lower()
            if not (wrong.isalpha() and right.isalpha() and wrong.isascii() and right.isascii()) or wrong == right:
                continue
            if wrong in uni or right not in uni:
                continue
            seen.add((wrong, right))
        out[path.stem] = sorted(seen)
    return out


def half(word: str) -> str:
    """``tune`` or ``test``, by a hash of the correct word (stable across runs and machines)."""
    return "tune" if hashlib.sha256(word.encode()).digest()[0] % 2 == 0 else "test"


def clean_texts(pages: Path) -> dict[str, list[str]]:
    """The harm corpus: source -> clean English texts."""
    with gzip.open(pages, "rt", encoding="utf-8") as f:
        aeb = [json.loads(line) for line in f]
    news = []
    for line in (HERE / "news" / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        keep = page["keep"]
        news.extend(ast.literal_eval(keep) if isinstance(keep, str) else keep)
    fixtures = [
        p.read_text(encoding="utf-8")
        for d in ("expected", "negative")
        for p in sorted((ROOT / "tests" / "fixtures" / d).glob("*.txt"))
    ]
    return {
        "AEB truth bodies (en)": [r["truth"] for r in aeb if r["lang"] == "en"],
        "news corpus keep snippets": news,
        "test fixtures (expected, negative)": fixtures,
    }


def sentences(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        for line in t.split("\n"):
            out.extend(s.strip() for s in SENTENCE.split(line) if len(s.split()) >= 6)
    return out


def cases(pairs: list[tuple[str, str]], pool: list[str]) -> list[tuple[str, str, str, int]]:
    """(sentence with the misspelling, misspelling, correct, offset) for each pair whose correct word a sentence has."""
    where: dict[str, list[tuple[int, int]]] = {}
    for i, s in enumerate(pool):
        for m in WORD.finditer(s):
            where.setdefault(m.group(), []).append((i, m.start()))
    out = []
    for wrong, right in pairs:
        spots = where.get(right)
        if not spots:
            continue
        i, at = spots[int(hashlib.sha256(f"{wrong} {right}".encode()).hexdigest(), 16) % len(spots)]
        s = pool[i]
        out.append((s[:at] + wrong + s[at + len(right) :], wrong, right, at))
    return out


def score(fixer: Callable[[str], str], todo: list[tuple[str, str, str, int]]) -> Counter:
    st: Counter = Counter()
    for text, wrong, right, at in todo:
        kind = "slip" if similar_word(wrong, right, 1) else "harder"
        st[f"{kind}:n"] += 1
        out = fixer(text)
        a = re.finditer(r"\S+", text)
        b = re.finditer(r"\S+", out)
        for ma, mb in zip(a, b, strict=True):
            if ma.group() == mb.group():
                continue
            if ma.start() <= at < ma.end():
                st[f"{kind}:changed"] += 1
                ok = _variant(mb.group()) == _variant(ma.group().replace(wrong, right, 1))
                st[f"{kind}:{'right' if ok else 'wrong'}"] += 1
                if not ok:
                    st.setdefault("wrongs", []).append(f"{wrong}→{mb.group()} ({right})")  # type: ignore[attr-defined]
            else:
                st["other:changed"] += 1
                st.setdefault("others", []).append(f"{ma.group()}→{mb.group()}")  # type: ignore[attr-defined]
    return st


def _variant(word: str) -> str:
    """British and American spellings made one ("behaviour", "behavior"; "criticised", "criticized")."""
    return re.sub(r"our", "or", re.sub(r"is(e|ing|ation)", r"iz\1", word))


def per_word(fix_word: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: WORD.sub(lambda m: fix_word(m.group()) or m.group(), text)


def peers() -> dict[str, Callable[[str], str]]:
    out: dict[str, Callable[[str], str]] = {}
    try:
        from symspellpy import SymSpell, Verbosity

        sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        sym.load_dictionary(typos._data_path("frequency_dictionary_en_82_765.txt"), 0, 1)

        def sym_fix(w: str) -> str:
            s = sym.lookup(w, Verbosity.TOP, max_edit_distance=2, include_unknown=True)
            return s[0].term if s else w

        out["symspellpy (lookup TOP, distance 2)"] = per_word(sym_fix)
    except ImportError:
        pass
    try:
        from spellchecker import SpellChecker

        sp = SpellChecker()
        out["pyspellchecker (default)"] = per_word(lambda w: w if w in sp else (sp.correction(w) or w))
    except ImportError:
        pass
    try:
        from autocorrect import Speller

        spell = Speller("en", only_replacements=False)
        out["autocorrect (Speller('en'))"] = per_word(spell)
    except ImportError:
        pass
    return out


def rate(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=Path, default=Path(os.environ.get("AEB_PAGES", DEFAULT_PAGES)))
    ap.add_argument("--split", choices=["test", "tune", "all"], default="test")
    ap.add_argument("--peers", action="store_true", help="also run symspellpy, pyspellchecker and autocorrect")
    ap.add_argument("--lists", type=Path, default=LISTS, help="folder of misspelling lists (*.tsv)")
    ap.add_argument("--show", action="store_true", help="list every wrong fix, missed slip and false fix")
    args = ap.parse_args()
    corpus = clean_texts(args.pages)
    out = [
        "### Typos: clean text (the harm corpus)\n",
        "| source | texts | words | false fixes | per 10,000 words | the corpus's own typos fixed |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    all_words = all_false = all_typos = 0
    false_list, typo_list = [], []
    for name, texts in corpus.items():
        words = false = typos_fixed = 0
        for t in texts:
            words += len(t.split())
            fixed = articleclean.fix_typos(t)
            if fixed != t:
                for a, b in zip(t.split(), fixed.split(), strict=True):
                    if a == b:
                        continue
                    core = re.sub(r"\W", "", a.lower()), re.sub(r"\W", "", b.lower())
                    if core in CORPUS_TYPOS:
                        typos_fixed += 1
                        typo_list.append(f"{a}→{b}")
                    else:
                        false += 1
                        false_list.append(f"{a}→{b}")
        all_words += words
        all_false += false
        all_typos += typos_fixed
        out.append(f"| {name} | {len(texts):,} | {words:,} | {false} | {10_000 * false / words:.3f} | {typos_fixed} |")
    out.append(f"| all | | {all_words:,} | {all_false} | {10_000 * all_false / all_words:.3f} | {all_typos} |")
    if false_list:
        out.append(f"\nFalse fixes: {', '.join(false_list)}")
    if typo_list:
        out.append(f"\nThe corpus's own typos fixed: {', '.join(typo_list)}")
    pool = sentences([t for texts in list(corpus.values())[:2] for t in texts])
    lists = load_pairs(args.lists)
    fixers = {"articleclean.fix_typos": articleclean.fix_typos}
    if args.peers:
        fixers.update(peers())
    out.append(f"\n### Typos: real misspellings in news sentences ({args.split} half; {len(pool):,} sentences)\n")
    out.append(
        "| list | fixer | slips | slip precision | slip recall | harder | harder precision | harder recall | other words changed | precision | recall |"
    )
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    shown = []
    for lname, pairs in lists.items():
        chosen = [p for p in pairs if args.split == "all" or half(p[1]) == args.split]
        todo = cases(chosen, pool)
        for fname, fn in fixers.items():
            st = score(fn, todo)
            row = [f"{lname} ({len(todo)} of {len(chosen)} pairs)", fname]
            for kind in ("slip", "harder"):
                row += [
                    str(st[f"{kind}:n"]),
                    rate(st[f"{kind}:right"], st[f"{kind}:changed"]),
                    rate(st[f"{kind}:right"], st[f"{kind}:n"]),
                ]
            right = st["slip:right"] + st["harder:right"]
            changed = st["slip:changed"] + st["harder:changed"] + st["other:changed"]
            row += [str(st["other:changed"]), rate(right, changed), rate(right, st["slip:n"] + st["harder:n"])]
            out.append("| " + " | ".join(row) + " |")
            if args.show and fname == "articleclean.fix_typos":
                shown.append(f"{lname}: wrong {st.get('wrongs', [])}; other {st.get('others', [])}")
                missed = [f"{w}({r})" for t, w, r, at in todo if similar_word(w, r, 1) and fn(t) == t]
                shown.append(f"{lname}: missed slips {' '.join(missed)}")
    out.append(
        "\nPrecision counts every change: a misspelling made another word, and a correct word of the "
        "sentence changed, are both errors. 'Slips' are one edit (Damerau) from the intended word."
    )
    print("\n".join(out + shown))


if __name__ == "__main__":
    main()
