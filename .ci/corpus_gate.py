#!/usr/bin/env python3
"""The external corpus as a gate: every migra case and at least 99 % of the sqldef cases
must pass the oracle (issue 3's bar). Reads the oracle's --json file; a case the run did
not reach (CI's time bound) counts as failed, so a slow run cannot pass by running less.

usage: corpus_gate.py RESULTS.jsonl CORPUS_DIR
"""
import json
import sys
from pathlib import Path


def main():
    results_path, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    results = {}
    if results_path.exists():
        for line in results_path.read_text().splitlines():
            r = json.loads(line)
            results[Path(r["case"]).resolve()] = r
    ok = True
    for folder, needed in (("migra", 1.0), ("sqldef", 0.99)):
        cases = sorted(p.parent.resolve() for p in (corpus / folder).glob("*/desired.sql"))
        if not cases:
            continue
        passed = failing = 0
        for c in cases:
            r = results.get(c)
            good = r is not None and "skipped" not in r and all(v == "ok" for v in r["checks"].values())
            passed += good
            if not good:
                failing += 1
                if failing <= 20:
                    print(f"  {folder}/{c.name}: {'not run' if r is None else 'failed'}")
        share = passed / len(cases)
        print(f"corpus gate: {folder} {passed} of {len(cases)} pass ({share:.1%}, needed {needed:.0%})")
        ok = ok and share >= needed
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
