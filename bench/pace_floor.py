"""The latency no sender can beat: replies paced under Telegram's limit, at no cost at all.

People write when they write: at 25 updates a second on average, some seconds bring more
than 30. A sender that keeps Telegram's limit must hold those replies back, however fast it
is. This replays Poisson arrivals through the send window alone (no bot, no network, no
database) and prints how long replies wait, for the window the bot ships with and for
other shapes of the same limit, including all 30 sends let through at once.

    python bench/pace_floor.py
    python bench/pace_floor.py --rate 20 --seconds 3600

Run from the repository root with the project's virtual environment.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.send_pace import SlidingWindow, Window

SHAPES = [
    ("as shipped (bursts of 5)", Window.for_rate(30, 0.02)),
    ("bursts of 10", Window(slots=10, seconds=1.02 / 3)),
    ("bursts of 15", Window(slots=15, seconds=1.02 / 2)),
    ("all 30 at once", Window(slots=30, seconds=1.02)),
]


def waits(window: Window, rate: float, seconds: float, seed: int) -> list[float]:
    """Milliseconds each reply waits for its slot, arrivals Poisson at `rate` a second."""
    arrivals = random.Random(seed)
    pace = SlidingWindow(window)
    moment = 0.0
    waited = []
    while moment < seconds:
        moment += arrivals.expovariate(rate)
        waited.append(1000 * (pace.reserve(moment) - moment))
    return sorted(waited)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=25.0, help="updates per second")
    parser.add_argument("--seconds", type=float, default=600.0, help="length of each replay")
    parser.add_argument("--seeds", type=int, default=3, help="replays per window shape")
    args = parser.parse_args()
    print(
        f"Poisson arrivals at {args.rate:g}/s for {args.seconds:g} s, Telegram's 30/s kept "
        f"over 1.02 s; {args.seeds} replays each\n"
    )
    print("| window | p50 ms | p99 ms | waited at all |")
    print("|---|---|---|---|")
    for name, window in SHAPES:
        runs = [waits(window, args.rate, args.seconds, seed) for seed in range(args.seeds)]
        p50 = ", ".join(f"{run[len(run) // 2]:.0f}" for run in runs)
        p99 = ", ".join(f"{run[int(len(run) * 0.99)]:.0f}" for run in runs)
        held = ", ".join(f"{sum(w > 0 for w in run) / len(run):.0%}" for run in runs)
        print(f"| {name} | {p50} | {p99} | {held} |")


if __name__ == "__main__":
    main()
