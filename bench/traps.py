"""Benchmark the thinking-pattern detector on the Sharma et al. (2023) thinking-traps set.

Run from the repository root:

    python bench/traps.py                 # metrics for tune / held-out / all
    python bench/traps.py --split tune    # ...plus the misclassified tuning examples
    python bench/traps.py --data PATH     # the data folder lives outside the repository

The data (CC BY-NC-ND 4.0, © 2023 Behavioral Data Science Group, University of Washington;
Sharma et al., ACL 2023, arXiv:2305.02466) is only read here, never copied. Labels are
noisy: one label per line, spelling variants, and some "Not distorted" prompts also carry
a trap. Prompts are split by a hash of their text (the thought, i.e. the last sentence)
into a tuning half and a held-out half; only the tuning half's errors are ever printed,
so the held-out numbers stay honest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from flows.patterns import Pattern, detect  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "eval" / "sharma2023-cognitive-reframing"
DATA_FILE = "thinking_traps.jsonl"
NOT_DISTORTED = "Not distorted"
FORTUNE_TELLING = "Fortune telling"
CATASTROPHIZING_RAW = "Catastrophizing"

SPELLING_VARIANTS = {
    "Overgeneralization": "Overgeneralizing",
    "Personalization": "Personalizing",
    "Disqualifying the Positive": "Disqualifying the positive",
    "Comparing": "Comparing and Despairing",
}
"""Raw label strings that name the same trap (see the dataset README)."""

LABEL_TO_PATTERN = {
    "All-or-nothing thinking": Pattern.ALL_OR_NOTHING,
    "Overgeneralizing": Pattern.OVERGENERALIZING,
    "Labeling": Pattern.LABELING,
    "Should statements": Pattern.SHOULD,
    CATASTROPHIZING_RAW: Pattern.CATASTROPHIZING,
    FORTUNE_TELLING: Pattern.CATASTROPHIZING,
    "Mind reading": Pattern.MIND_READING,
    "Disqualifying the positive": Pattern.DISCOUNTING_POSITIVE,
}
"""Trap labels that map to one of our patterns; the other traps have no pattern of ours."""

BASELINE_WORDS = frozenset(
    {
        "always",
        "never",
        "every",
        "nothing",
        "everything",
        "completely",
        "totally",
        "perfect",
        "all",
        "none",
        "ruined",
        "failure",
    }
)
"""A plain keyword list for all-or-nothing, the bar the detector has to clear."""

SPLITS = ("tune", "held-out", "all")


@dataclass(frozen=True, slots=True)
class Example:
    """One unique prompt with its merged labels."""

    text: str
    labels: frozenset[str]
    split: str

    @property
    def gold(self) -> frozenset[Pattern]:
        """Our patterns named by the labels."""
        return frozenset(LABEL_TO_PATTERN[x] for x in self.labels if x in LABEL_TO_PATTERN)

    @property
    def distorted(self) -> bool:
        """Any trap label other than "Not distorted" (label noise: a few carry both)."""
        return any(label != NOT_DISTORTED for label in self.labels)


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one binary decision."""

    tp: int
    fp: int
    fn: int
    support: int

    @property
    def precision(self) -> float:
        """Share of predictions that were right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold positives that were found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def split_of(text: str) -> str:
    """Deterministic half by hash of the thought (the prompt's last sentence).

    Hashing the thought rather than the whole prompt keeps the few thoughts that appear
    under several situations on the same side of the split.
    """
    thought = re.split(r"(?<=[.!?])\s+", text.strip())[-1].lower().strip(" .!?")
    return "tune" if hashlib.sha256(thought.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def load(folder: Path) -> list[Example]:
    """Read the jsonl, strip the " ->" suffix, dedupe prompts and merge their labels."""
    labels: dict[str, set[str]] = {}
    with (folder / DATA_FILE).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            prompt = str(row["prompt"]).strip()
            prompt = prompt.removesuffix("->").strip()
            label = str(row["completion"]).strip()
            labels.setdefault(prompt, set()).add(SPELLING_VARIANTS.get(label, label))
    return [Example(text, frozenset(found), split_of(text)) for text, found in labels.items()]


def score(pairs: Iterable[tuple[bool, bool]]) -> Score:
    """Score (gold, predicted) pairs."""
    tp = fp = fn = support = 0
    for gold, predicted in pairs:
        support += gold
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
    return Score(tp, fp, fn, support)


def baseline_all_or_nothing(text: str) -> bool:
    """True if any baseline keyword appears as a whole word."""
    return any(word in BASELINE_WORDS for word in re.findall(r"[a-z]+", text.lower()))


def _row(name: str, result: Score) -> str:
    return (
        f"  {name:<34} P {result.precision:5.2f}  R {result.recall:5.2f}  "
        f"F1 {result.f1:5.2f}  support {result.support:4d}  (tp {result.tp}, fp {result.fp})"
    )


def report(name: str, examples: Sequence[Example], predictions: dict[str, set[Pattern]]) -> None:
    """Print the metrics block for one split."""
    print(f"\n== {name}: {len(examples)} unique prompts ==")
    micro = Score(0, 0, 0, 0)
    f1s: list[float] = []
    for pattern in Pattern:
        result = score((pattern in ex.gold, pattern in predictions[ex.text]) for ex in examples)
        micro = Score(
            micro.tp + result.tp,
            micro.fp + result.fp,
            micro.fn + result.fn,
            micro.support + result.support,
        )
        f1s.append(result.f1)
        suffix = " (+fortune telling)" if pattern is Pattern.CATASTROPHIZING else ""
        label = pattern.value + suffix
        print(_row(label, result))
    print(_row("micro-average over 7 patterns", micro))
    print(f"  {'macro-F1 over 7 patterns':<34} {sum(f1s) / len(f1s):.2f}")
    cat = Pattern.CATASTROPHIZING
    for raw in (CATASTROPHIZING_RAW, FORTUNE_TELLING):
        subset = [ex for ex in examples if raw in ex.labels]
        found = sum(cat in predictions[ex.text] for ex in subset)
        rate = found / len(subset) if subset else 0.0
        print(f"  recall of catastrophizing on raw {raw!r}: {rate:.2f} ({found}/{len(subset)})")
    distorted = score((ex.distorted, bool(predictions[ex.text])) for ex in examples)
    clean = score((NOT_DISTORTED in ex.labels, not predictions[ex.text]) for ex in examples)
    print(_row("any distortion (any finding)", distorted))
    trivial = score((ex.distorted, True) for ex in examples)
    print(_row("  trivial 'always distorted'", trivial))
    ours = score((bool(ex.gold), bool(predictions[ex.text])) for ex in examples)
    print(_row("  gold has one of our 7 patterns", ours))
    print(_row("'Not distorted' (no finding)", clean))
    baseline = score(
        (Pattern.ALL_OR_NOTHING in ex.gold, baseline_all_or_nothing(ex.text)) for ex in examples
    )
    print(_row("baseline keywords, all_or_nothing", baseline))


def show_errors(
    examples: Sequence[Example],
    predictions: dict[str, set[Pattern]],
    only: Pattern | None,
    explain: Callable[[str], str],
) -> None:
    """Print misclassified tuning examples: missed (FN) and spurious (FP) patterns."""
    print("\n== misclassified tuning examples ==")
    for ex in sorted(examples, key=lambda e: e.text):
        predicted = predictions[ex.text]
        missed = sorted(p.value for p in ex.gold - predicted if only in (None, p))
        spurious = sorted(p.value for p in predicted - ex.gold if only in (None, p))
        if missed or spurious:
            print(f"- {ex.text}\n    labels: {sorted(ex.labels)}")
            print(f"    missed: {missed}  spurious: {spurious}  found: {explain(ex.text)}")


def _explain(text: str) -> str:
    return "; ".join(f"{f.pattern.value} {f.strength:.2f} {list(f.cues)}" for f in detect(text))


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run the benchmark, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="dataset folder")
    parser.add_argument(
        "--split", choices=["tune"], help="also print this split's misclassified examples"
    )
    parser.add_argument("--pattern", choices=[p.value for p in Pattern], help="filter errors")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not (data / DATA_FILE).is_file():
        print(f"traps: dataset not found: {data / DATA_FILE} (pass --data PATH)", file=sys.stderr)
        return 2
    examples = load(data)
    predictions = {ex.text: {f.pattern for f in detect(ex.text)} for ex in examples}
    print("Sharma et al. 2023 thinking traps (CC BY-NC-ND 4.0), multi-label per pattern.")
    print("Catastrophizing gold = 'Catastrophizing' or 'Fortune telling'. Labels are noisy.")
    groups = {
        "tune": [ex for ex in examples if ex.split == "tune"],
        "held-out": [ex for ex in examples if ex.split == "held-out"],
        "all": examples,
    }
    for name in SPLITS:
        report(name, groups[name], predictions)
    if args.split == "tune":
        only = Pattern(args.pattern) if args.pattern else None
        show_errors(groups["tune"], predictions, only, _explain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
