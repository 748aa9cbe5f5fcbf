"""Time to triage a very long pasted counter-notice, and how much of it is shown back, against a short one in the same run.

A seller's letter pasted with a long e-mail thread or pages of terms of sale under it: the triage reads the first
200,000 characters (MAX_COUNTER_NOTICE_CHARS) and must neither take minutes nor quote the whole text back. Measured
through the triage service (what `ipr-assistant triage-appeal` runs), the bundled model loaded first (not timed):
  - baseline: the letter alone (about 400 characters);
  - repeated: the letter followed by the same terms of sale again and again, cut to 200,000 characters;
  - varied: the letter followed by 200,000 characters of numbered, different lines.
For each: seconds, the lines of the seller's text the triage view shows, and the grounds read.

Run: .venv/bin/python benchmarks/long_paste_benchmark.py [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date

LETTER = ("Dear IPP team, the ACME running shoes in our shop are genuine. We bought 240 pairs from ACME GmbH on 2 September "
          "2026, see the attached invoice INV-5521. Please restore the listing.\n\n")
TERMS = ("Terms of sale: goods ship within 48 hours of payment; returns are accepted within 15 days if unused and in the "
         "original packaging; the buyer pays return postage unless the item is faulty.\n")


COMPLAINT = {
    "id": "ACME-2026-001", "site": "aliexpress",
    "complainant": {"name": "ACME GmbH", "holder_type": "company", "role": "rights_holder"},
    "ip_right": {"ip_type": "trademark", "name": "ACME", "registration_number": "018000001", "owner": "ACME GmbH",
                 "places_of_registration": ["EU"], "approval_status": "approved"},
    "reason": "counterfeit_features", "listings": [{"url": "https://www.aliexpress.com/item/1005001000000001.html"}],
    "statement": "The listing sells counterfeit ACME shoes.",
}


def _varied(size: int) -> str:
    lines, n = [], 0
    while sum(len(line) for line in lines) < size:
        n += 1
        lines.append(f"Order {n:06d} shipped to warehouse {n % 97} on day {n % 28 + 1} with {n % 13 + 1} cartons of mixed sizes.\n")
    return "".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from assistant.domain.appeals.view import triage_view_model
    from assistant.domain.models import Complaint
    from assistant.services import appeals

    limit = appeals.MAX_COUNTER_NOTICE_CHARS
    cases = {"baseline (letter alone)": LETTER, "repeated terms, 200,000 chars": (LETTER + TERMS * 2000)[:limit],
             "varied lines, 200,000 chars": (LETTER + _varied(limit))[:limit]}
    appeals.ground_reader()  # the model is loaded once per process: not part of the time
    target = appeals.ComplaintForTriage(Complaint.model_validate(COMPLAINT), filed_on=date(2026, 10, 1))
    rows = []
    for name, text in cases.items():
        started = time.perf_counter()
        result = appeals.triage(target, appeals.SellerSubmission(text=text), received_on=date(2026, 10, 8), today=date(2026, 10, 9))
        seconds = time.perf_counter() - started
        rows.append({"case": name, "chars": len(text), "seconds": round(seconds, 2),
                     "lines_shown": len(triage_view_model(result).seller_lines), "grounds": [g.value for g in result.ground_names()]})
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("| case | chars | seconds | seller lines shown | grounds |")
    print("|---|---:|---:|---:|---|")
    for row in rows:
        print(f"| {row['case']} | {row['chars']:,} | {row['seconds']:.2f} | {row['lines_shown']} | {', '.join(row['grounds'])} |")


if __name__ == "__main__":
    main()
