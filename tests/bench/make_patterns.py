#!/usr/bin/env python3
"""make_patterns.py OUT BYTES: a valid scenario of about BYTES bytes made of form
steps, each with 30 errors whose `match` patterns are the largest and slowest
the limits allow (docs/scenario-format.md), for make bench's check figures."""
import json
import sys

LARGEST = ["(.?){100}(.?){100}y", ".{0,100}.{0,100}y", "((.?|x*){0,20})*y",
           "(x*x*x*x*x*){20}y", "([[:alpha:]]|[[:digit:]]|.){0,60}y"]


def main(out, size):
    parts = ["format: teaser/1\nid: patterns\ntitle: Patterns\npersona: {name: Sam}\nsteps:\n"]
    total, k = len(parts[0]), 0
    for step in range(1000):  # a scenario has at most 1000 steps
        s = f"  - id: f{step}\n    type: form\n    fields: [{{id: a, label: A}}]\n    errors:\n"
        for _ in range(30):
            s += f"      - {{field: a, match: {json.dumps(LARGEST[k % len(LARGEST)])}, message: m}}\n"
            k += 1
        if total + len(s) > size:
            break
        parts.append(s)
        total += len(s)
    with open(out, "w") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
