"""How `chrome` might do on sites it was not tuned on: the dev split scored without the dev's own phrases.

    python benchmarks/chrome_generalisation.py                     # leave-dev-out on chrome-dev
    python benchmarks/chrome_generalisation.py --errors 40         # ... and the chrome lines it keeps
    python benchmarks/chrome_generalisation.py --list-removed      # the lexicon entries it leaves out

The lexicon is rebuilt without every entry whose folded phrase occurs, as whole words, in the folded
text of a chrome line of the split (any variant, any type): what is left is what the lexicon knows
*beyond* those five sites.  The pass then runs with that lexicon (the shipped date words and
sign-offs, the same page rules) and is scored like ``chrome_quality.py`` (same matching, same
tables, per variant and per chrome type and variant).  Body recall must stay 100; chrome removed is
a proxy for unseen sites, which word their furniture in their own way but mostly with generic
phrases.  The full lexicon's numbers are printed beside it for reference.

By construction that number cannot move when entries are added: a new entry that matches a dev
chrome line occurs in it, and is left out too.  What can be measured is a lexicon written *without
looking at the dev split*: ``--blind FILE`` keeps, whatever they match, the entries whose match,
strength and folded phrase are listed in FILE (phrases written from how other sites word their
furniture, before scoring), and ``--blind-since REF`` keeps every entry added since git revision REF:

    python benchmarks/chrome_generalisation.py --blind benchmarks/data/chrome_blind_phrases.tsv
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arclean.passes.chrome.chrome import run_page  # noqa: E402
from arclean.passes.chrome.evidence import Judge  # noqa: E402
from arclean.passes.chrome.features import fold  # noqa: E402
from arclean.passes.chrome.lexicon import LEXICON_FILES, Lexicon  # noqa: E402
from benchmarks.chrome_quality import evaluate, load_split, print_errors, print_table, split_folder  # noqa: E402

DEFAULT_SPLIT = "../shared/eval/chrome-dev"
Entry = tuple[str, str, str, str]


def entries_at(revision: str) -> set[tuple[str, str]]:
    """(match, folded phrase) of every lexicon entry at a git revision of this repository."""
    found = set()
    for filename in LEXICON_FILES:
        path = f"arclean/passes/chrome/data/{filename}"
        text = subprocess.run(
            ["git", "show", f"{revision}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        for row in text.splitlines():
            fields = row.split("\t")
            if len(fields) == 4 and not row.lstrip().startswith("#"):
                found.add((fields[1], fold(fields[3])))
    return found


def blind_entries(path: str) -> set[tuple[str, str, str]]:
    """(match, strength, folded phrase) of the entries of a lexicon-style TSV file."""
    rows = (ROOT / path).read_text(encoding="utf-8").splitlines()
    return {(f[1], f[2], fold(f[3])) for f in (r.split("\t") for r in rows if r and not r.startswith("#"))}


def seen_in(
    entries: list[Entry],
    docs: list[dict],
    old: set[tuple[str, str]] | None = None,
    blind: set[tuple[str, str, str]] | None = None,
) -> tuple[list[Entry], list[Entry]]:
    """The entries whose folded phrase occurs in no chrome line of ``docs``, and the others.

    With ``old``, only entries among ``old`` (match, folded phrase) can be left out; entries in
    ``blind`` (match, strength, folded phrase) never are.
    """
    blind = blind or set()
    chrome = {f" {fold(r['text'])} " for doc in docs for r in doc["records"] if r["label"] == "chrome"}
    text = "\n".join(chrome)  # each line padded with spaces: a phrase matches whole words only
    kept, removed = [], []
    for entry in entries:
        key = fold(entry[3])
        tuned = (old is None or (entry[1], key) in old) and (entry[1], entry[2], key) not in blind
        (removed if tuned and f" {key} " in text else kept).append(entry)
    return kept, removed


def cleaner(lexicon: Lexicon) -> Callable[[str], str]:
    judge = Judge.with_lexicon(lexicon)
    return lambda text: run_page(text, judge)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default=DEFAULT_SPLIT, help="labelled split folder (default: chrome-dev)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N lost body / kept chrome lines")
    parser.add_argument("--list-removed", action="store_true", help="print the entries left out")
    parser.add_argument("--blind", metavar="FILE", help="keep the entries listed in this TSV (written blind)")
    parser.add_argument("--blind-since", metavar="REF", help="keep every entry added since git revision REF")
    parser.add_argument("--detail", action="store_true", help="also chrome types per variant")
    args = parser.parse_args(argv)
    folder = split_folder(args.split)
    if folder is None:
        print(f"chrome_generalisation: {args.split} is not a labelled split (no manifest.json)", file=sys.stderr)
        return 2
    docs = load_split(folder)
    entries = Lexicon.shipped_entries()
    old = entries_at(args.blind_since) if args.blind_since else None
    blind = blind_entries(args.blind) if args.blind else set()
    kept, removed = seen_in(entries, docs, old, blind)
    print(f"lexicon: {len(entries)} entries, {len(removed)} occur in {folder.name}'s chrome lines, {len(kept)} left")
    if args.list_removed:
        for entry in removed:
            print("  " + "\t".join(entry))
    for title, lexicon in (
        (f"leave-{folder.name}-out lexicon ({len(kept)} entries)", Lexicon(kept)),
        (f"full lexicon ({len(entries)} entries)", Lexicon.default()),
    ):
        groups, errors, _ = evaluate(cleaner(lexicon), docs)
        rows = {k: v for k, v in groups.items() if not k.startswith("site=") and (args.detail or "|" not in k)}
        print_table(f"chrome with the {title} on {folder.name}", rows)
        if args.errors and lexicon is not Lexicon.default():
            print_errors(errors, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
