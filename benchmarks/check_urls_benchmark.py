"""Listing-URL checker benchmark: `check_listing_urls` against bare `urllib.parse.urlsplit` in one run.

Over 100,000 mixed links (generated from a seed: every site, regional and mobile hosts, tracking
parameters, and about 15% problems: short links, search pages, look-alikes, other sites, duplicates,
broken links) it times, best of 3:
  - urlsplit: `[urlsplit(u) for u in links]`, the cost of merely parsing the list (the baseline);
  - check_listing_urls(links): reading, classifying, normalising, the list-wide rules and the notices;
and the ratio of the two (the aim is at most 3x). It also times a 300-link notice end to end through
the `check-urls` command (file read, checks, JSON out) in this process, so without interpreter start-up.

Run: .venv/bin/python benchmarks/check_urls_benchmark.py [--count N] [--seed S] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import typer  # noqa: E402

from assistant.domain.listing_urls import check_listing_urls  # noqa: E402
from integrations.cli.commands import check_urls as check_urls_command  # noqa: E402

REGIONS = ["www", "es", "fr", "pt", "ru", "de", "it", "nl", "ja", "ko", "ar", "he", "pl", "th", "tr", "vi", "m"]
LAZADA = ["sg", "com.my", "co.th", "co.id", "com.ph", "vn"]
TRACKING = [
    "spm=a2g0o.productlist.main.1", "algo_pvid=3f1c2b", "aff_fcid=9a8b7c", "gatewayAdapt=glo2esp", "utm_source=mail", "pvid=5d6e",
]  # fmt: skip


def _tracking(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return ""
    return "?" + "&".join(rng.sample(TRACKING, rng.randint(1, 3)))


def _digits(rng: random.Random, length: int) -> str:
    return str(rng.randrange(10 ** (length - 1), 10**length))


def _valid(rng: random.Random) -> str:
    site = rng.randrange(12)
    if site <= 3:  # AliExpress is most of what gets reported
        item = "100500" + _digits(rng, 10)
        shape = rng.randrange(10)  # mostly items, now and then a store
        host = f"{rng.choice(REGIONS)}.aliexpress.{rng.choice(['com', 'com', 'com', 'us', 'ru'])}"
        paths = [f"/item/{item}.html"] * 6 + [
            f"/i/{item}.html", f"/item/fake-bag/{item}.html", f"/store/product/bag/{_digits(rng, 7)}_{item}.html", f"/store/{_digits(rng, 7)}",
        ]  # fmt: skip
        path = paths[shape]
        return f"https://{host}{path}{_tracking(rng)}"
    if site == 4:
        return f"https://www.alibaba.com/product-detail/Leather-Bag-Wholesale_{_digits(rng, 13)}.html{_tracking(rng)}"
    if site == 5:
        return f"https://detail.1688.com/offer/{_digits(rng, 12)}.html{_tracking(rng)}"
    if site == 6:
        return f"https://item.taobao.com/item.htm?spm=a1z10.1-c.w4004.1&id={_digits(rng, 12)}&ns=1"
    if site == 7:
        return f"https://detail.tmall.com/item.htm?id={_digits(rng, 12)}&skuId={_digits(rng, 13)}"
    if site == 8 and rng.random() < 0.2:
        return f"https://shop{_digits(rng, 9)}.taobao.com/{_tracking(rng)}"
    if site == 8:
        return f"https://world.taobao.com/item/{_digits(rng, 12)}.htm"
    if site in (9, 10):
        cc = rng.choice(LAZADA)
        return f"https://www.lazada.{cc}/products/fake-bag-i{_digits(rng, 9)}-s{_digits(rng, 10)}.html{_tracking(rng)}"
    return f"https://www.miravia.es/p/bolso-de-piel-i{_digits(rng, 16)}.html{_tracking(rng)}"


def _problem(rng: random.Random, earlier: list[str]) -> str:
    kind = rng.randrange(9)
    if kind == 0 and earlier:
        return rng.choice(earlier)  # duplicate
    return [
        lambda: f"https://s.click.aliexpress.com/e/_D{_digits(rng, 6)}",
        lambda: f"https://www.aliexpress.com/w/wholesale-bag-{rng.randrange(1000)}.html",
        lambda: f"https://aliexpress.com.example-{rng.randrange(1000)}.net/item/{_digits(rng, 16)}.html",
        lambda: f"https://shop-{rng.randrange(100000)}.example.com/product/{rng.randrange(1000)}",
        lambda: f"https://m.tb.cn/h.{_digits(rng, 6)}",
        lambda: f"htps://www.aliexpress.com/item/{_digits(rng, 16)}.html",
        lambda: f"https://a1iexpress.com/item/{_digits(rng, 16)}.html",
        lambda: f"https://s.taobao.com/search?q=bag{rng.randrange(1000)}",
        lambda: f"https://www.aliexpress.com/item/{_digits(rng, 16)}.html",
    ][kind]()


def mixed_links(count: int, seed: int) -> list[str]:
    """`count` links, about 85% usable, the same for the same seed."""
    rng = random.Random(seed)
    links: list[str] = []
    for _ in range(count):
        links.append(_problem(rng, links[-1000:]) if rng.random() < 0.15 else _valid(rng))
    return links


def best_of(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU time (this process only) over `runs` runs, in seconds.

    CPU time is the fairer figure on a shared machine: other processes do not inflate it.
    """
    best_wall = best_cpu = float("inf")
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def notice_end_to_end(seed: int, runs: int = 20) -> tuple[float, int]:
    """Best time of `check-urls FILE --site aliexpress --json` on 300 AliExpress links, and its exit code."""
    rng = random.Random(seed)
    links = [
        f"https://{rng.choice(REGIONS)}.aliexpress.com/item/100500{_digits(rng, 10)}.html{_tracking(rng)}" for _ in range(300)
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "links.txt"
        path.write_text("\n".join(links) + "\n", encoding="utf-8")
        codes: list[int] = []

        def run() -> None:
            with redirect_stdout(io.StringIO()) as out:
                try:
                    check_urls_command.check_urls(str(path), site="aliexpress", as_json=True)
                except typer.Exit as done:
                    codes.append(done.exit_code)
            payload = json.loads(out.getvalue())
            assert len(payload["notices"]) == 1 and len(payload["notices"][0]) == 300, "expected one notice of 300"

        return best_of(runs, run)[0], codes[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    links = mixed_links(args.count, args.seed)
    check_listing_urls(links[:1000])  # load the rules and compile the shapes outside the timing
    base_wall, base_cpu = best_of(3, lambda: [urlsplit(link) for link in links])
    check_wall, check_cpu = best_of(3, lambda: check_listing_urls(links))
    report = check_listing_urls(links)
    notice_seconds, notice_code = notice_end_to_end(args.seed)

    figures = {
        "links": len(links),
        "problems": report.summary.problems,
        "duplicates": report.summary.duplicates,
        "notices": len(report.notices),
        "urlsplit_seconds": round(base_wall, 4),
        "check_listing_urls_seconds": round(check_wall, 4),
        "ratio": round(check_wall / base_wall, 2),
        "urlsplit_cpu_seconds": round(base_cpu, 4),
        "check_listing_urls_cpu_seconds": round(check_cpu, 4),
        "cpu_ratio": round(check_cpu / base_cpu, 2),
        "notice_300_cli_ms": round(notice_seconds * 1000, 2),
        "notice_300_cli_exit_code": notice_code,
    }
    if args.json:
        print(json.dumps(figures))
        return
    per = 1e6 / len(links)
    print(f"{len(links):,} links ({figures['problems']:,} with problems, {figures['duplicates']:,} duplicates), "
          f"{figures['notices']} notices; best of 3 (wall clock, and CPU time of this process)\n")  # fmt: skip
    print("| step | wall | per link | CPU | vs. urlsplit (wall / CPU) |")
    print("|---|---:|---:|---:|---:|")
    print(f"| urlsplit (baseline) | {base_wall:.3f} s | {base_wall * per:.2f} µs | {base_cpu:.3f} s | 1.00x / 1.00x |")
    print(f"| check_listing_urls | {check_wall:.3f} s | {check_wall * per:.2f} µs | {check_cpu:.3f} s | "
          f"{check_wall / base_wall:.2f}x / {check_cpu / base_cpu:.2f}x |")  # fmt: skip
    print(f"| check-urls --json, one 300-link notice (in process, best of 20) | {notice_seconds * 1000:.1f} ms | "
          f"{notice_seconds * 1e6 / 300:.1f} µs | - | - |")  # fmt: skip


if __name__ == "__main__":
    main()
