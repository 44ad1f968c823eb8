"""Measure the crisis screen on the labeled lists: recall, false alarms and speed.

Run from the repository root with `python bench/screen.py`. Standard library only.

Recall is counted per kind on tests/data/screen_risky.txt: a line counts as caught only
when the screen reports every kind its tag names. False alarms are counted on
tests/data/screen_ordinary.txt. Both lists are ours, so misses and false alarms are printed
in full, with the names of the rules involved. Timing is wall-clock per call, reported as
mean and 99th percentile in microseconds, over the lists and over a 4,000-character text.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flows.screen import RiskKind, Screening, screen  # noqa: E402

DATA = ROOT / "tests" / "data"
LONG_TEXT_CHARS = 4_000


@dataclass(frozen=True, slots=True)
class Labeled:
    """One line of a list: the message and the kinds it must be flagged with."""

    text: str
    kinds: frozenset[RiskKind]


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_risky(path: Path = DATA / "screen_risky.txt") -> list[Labeled]:
    """Parse `kind[,kind]|message` lines."""
    out = []
    for line in _lines(path):
        tag, _, text = line.partition("|")
        out.append(Labeled(text, frozenset(RiskKind(k.strip()) for k in tag.split(","))))
    return out


def load_ordinary(path: Path = DATA / "screen_ordinary.txt") -> list[str]:
    """Parse plain message lines."""
    return _lines(path)


def long_text(risky: Sequence[Labeled], ordinary: Sequence[str]) -> str:
    """A 4,000-character message of ordinary lines with one risky line in the middle."""
    half = LONG_TEXT_CHARS // 2
    before = " ".join(ordinary)[:half]
    after = " ".join(reversed(ordinary))[: LONG_TEXT_CHARS - half - len(risky[0].text) - 2]
    return f"{before} {risky[0].text} {after}"[:LONG_TEXT_CHARS]


def _timings(texts: Sequence[str], rounds: int, call: Callable[[str], Screening]) -> list[float]:
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter_ns()
            call(text)
            samples.append((time.perf_counter_ns() - start) / 1_000)
    return samples


def _summary(samples: Sequence[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"mean {statistics.fmean(samples):8.1f} µs   p99 {p99:8.1f} µs   (n={len(samples)})"


def report() -> int:
    """Print the measurements; return 1 if any risky line is missed, else 0."""
    risky = load_risky()
    ordinary = load_ordinary()

    per_kind: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    misses: list[tuple[Labeled, Screening]] = []
    for line in risky:
        result = screen(line.text)
        for kind in line.kinds:
            per_kind[kind] += 1
            caught[kind] += kind in result.kinds
        if not line.kinds <= result.kinds:
            misses.append((line, result))

    alarms: list[tuple[str, Screening]] = []
    alarm_kinds: Counter[str] = Counter()
    for text in ordinary:
        result = screen(text)
        if result.at_risk:
            alarms.append((text, result))
            alarm_kinds.update(result.kinds)

    total_caught = len(risky) - len(misses)
    print(
        f"risky list:    {total_caught}/{len(risky)} lines caught "
        f"(recall {total_caught / len(risky):.1%})"
    )
    for kind in RiskKind:
        print(
            f"  {kind.value:<14} {caught[kind]:>4}/{per_kind[kind]:<4} "
            f"(recall {caught[kind] / max(1, per_kind[kind]):.1%})"
        )
    print(
        f"ordinary list: {len(alarms)}/{len(ordinary)} false alarms "
        f"(rate {len(alarms) / len(ordinary):.1%})"
    )
    for kind in RiskKind:
        print(f"  {kind.value:<14} {alarm_kinds[kind]:>4} false alarms")

    print("\nmisses (expected kinds, got rules):" if misses else "\nmisses: none")
    for line, result in misses:
        expected = ",".join(sorted(line.kinds))
        print(f"  [{expected}] got {list(result.rules)}: {line.text}")
    print("\nfalse alarms (rules):" if alarms else "\nfalse alarms: none")
    for text, result in alarms:
        print(f"  {list(result.rules)}: {text}")

    texts = [line.text for line in risky] + list(ordinary)
    _timings(texts, 1, screen)  # warm up
    print("\nspeed")
    print(f"  lists ({len(texts)} messages):  {_summary(_timings(texts, 5, screen))}")
    big = long_text(risky, ordinary)
    print(f"  {len(big):,}-char text:        {_summary(_timings([big], 200, screen))}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(report())
