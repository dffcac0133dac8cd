"""Benchmark: search-as-you-type in the terminal UI on a 100,000-term glossary.

    .venv/bin/python bench/tui_search.py [N_TERMS]

Builds (once, in a temporary directory) a copy of the seeded glossary padded with synthetic terms,
runs the app headless, and for each query measures the time from the moment the search runs
(the end of the typing pause, or enter) to the moment its rows are in the table: the lookup in a
thread worker, the message back, and filling the DataTable. The pause itself (SEARCH_DELAY) comes
on top of that.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = ["отеком", "беременн", "stroke", "legs", "ферритн", "кард", "syndrome", "synd", "iron deficiency",
           "головного мозга", "t", "ка"]


async def bench(db: Path, rounds: int) -> dict[str, list[float]]:
    from medgloss.tui.app import make_app
    from medgloss.tui.screens.main import SEARCH_DELAY
    from tests.tui.conftest import settle

    timings: dict[str, list[float]] = {q: [] for q in QUERIES}
    app = make_app(db, poll_interval=0)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.main_screen
        assert screen is not None

        async def shown(text: str) -> float:
            """Run the search (as the end of the typing pause does) and wait for its rows."""
            screen.query_one("#search").value = text  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            screen.apply_filters()
            while screen.page is None or screen.page.filter != screen.filter:
                await asyncio.sleep(0.001)
            elapsed = time.perf_counter() - t0
            await settle(pilot)
            return elapsed

        screen.page = None
        t0 = time.perf_counter()
        screen.reload()
        while screen.page is None:
            await asyncio.sleep(0.001)
        print(f"first page of the whole glossary ({screen.page.total:,} terms): "
              f"{1000 * (time.perf_counter() - t0):.1f} ms; the typing pause before a search: "
              f"{1000 * SEARCH_DELAY:.0f} ms")
        await settle(pilot)
        for _ in range(rounds):
            for q in QUERIES:
                timings[q].append(await shown(q))
                await shown("")
    return timings


def main() -> None:
    """Build the big glossary and print per-query latencies."""
    from tests.tui.bigdb import make_big_glossary

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = ROOT / "glossary.db"
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        db = make_big_glossary(seed, Path(tmp) / "big.db", n)
        print(f"made a glossary of {n:,} synthetic terms + {seed.name} in {time.perf_counter() - t0:.1f} s")
        timings = asyncio.run(bench(db, rounds=3))
    worst = 0.0
    print(f"{'query':<18} {'median ms':>10} {'max ms':>8}")
    for q, ts in timings.items():
        if ts:
            worst = max(worst, max(ts))
            print(f"{q:<18} {1000 * statistics.median(ts):>10.1f} {1000 * max(ts):>8.1f}")
    print(f"worst: {1000 * worst:.1f} ms from the search starting to its rows in the table")


if __name__ == "__main__":
    main()
