#!/usr/bin/env python3
"""The external corpus as a gate: every migra case and at least 99 % of the sqldef cases
must pass the oracle (issue 3's bar). Reads the oracle's --json file. CI bounds the run
in time, and a slow machine may not reach every case: the share is taken over the cases
that ran, but migra (run first) must run in full and at least MIN_RUN sqldef cases must
have run, so a run cannot pass by running next to nothing. Cases not reached are listed.

usage: corpus_gate.py RESULTS.jsonl CORPUS_DIR
"""
import json
import sys
from pathlib import Path


MIN_RUN = 150  # the size of the sample the issue compares with


def main():
    results_path, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    results = {}
    if results_path.exists():
        for line in results_path.read_text().splitlines():
            r = json.loads(line)
            results[Path(r["case"]).resolve()] = r
    ok = True
    for folder, needed, min_run in (("migra", 1.0, None), ("sqldef", 0.99, MIN_RUN)):
        cases = sorted(p.parent.resolve() for p in (corpus / folder).glob("*/desired.sql"))
        if not cases:
            continue
        ran = [c for c in cases if c in results]
        passed = 0
        for c in ran:
            r = results[c]
            good = "skipped" not in r and all(v == "ok" for v in r["checks"].values())
            passed += good
            if not good:
                print(f"  {folder}/{c.name}: failed")
        share = passed / len(ran) if ran else 0.0
        enough = len(ran) >= (min_run if min_run is not None else len(cases))
        print(f"corpus gate: {folder} {passed} of {len(ran)} run pass ({share:.1%}, needed {needed:.0%}); "
              f"{len(cases) - len(ran)} of {len(cases)} not reached{'' if enough else ' - too few ran'}")
        ok = ok and enough and share >= needed
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
