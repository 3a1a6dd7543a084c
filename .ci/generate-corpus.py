#!/usr/bin/env python3
"""Writes a scaled test corpus for the benchmark: N documents of ~75 KB each,
made from the bundled Data/ with varied content (not N identical copies).

Each document starts from one bundled document (round robin) and grows with
runs of paragraphs drawn from the others; years, author surnames and arXiv
ids are varied per document, so citations, works and keys differ from file
to file as they would in a real folder of papers. Deterministic: the same N
gives the same files.

usage: generate-corpus.py SOURCE_DIR TARGET_DIR N
"""
import os
import random
import re
import shutil
import sys

TARGET_BYTES = 75_000
SURNAMES = ['Zhang', 'Li', 'Wang', 'Chen', 'Liu', 'Smith', 'Jones', 'Brown', 'Garcia', 'Kim',
            'Park', 'Nguyen', 'Müller', 'Rossi', 'Silva', 'Tanaka', 'Ivanov', 'Cohen', 'Khan', 'Singh']
CITED = r'\b(Holtzman|Bai|Ouyang|Christiano|Kenton|Leike|Hendrycks|Steinhardt|Lin|Weidinger|Bubeck|Critch|Newell)\b'


def vary(text, rng):
    text = re.sub(r'(?<![\d.])(19[89]\d|20[012]\d)(?!\d)',
                  lambda m: str(int(m.group(1)) + rng.randint(-3, 3)), text)
    text = re.sub(CITED, lambda m: rng.choice(SURNAMES + [m.group(1)]), text)
    return re.sub(r'(\d{4})\.(\d{5})',
                  lambda m: '%04d.%05d' % (rng.randint(1501, 2412), rng.randint(0, 99999)), text)


def main():
    source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    names = sorted(f for f in os.listdir(source) if f.endswith(('.md', '.txt')) and f != 'agenda-index.md')
    texts = {name: open(os.path.join(source, name), encoding='utf-8').read() for name in names}
    os.makedirs(target, exist_ok=True)
    for number in range(count):
        rng = random.Random(number)
        base = names[number % len(names)]
        parts = [vary(texts[base], rng)]
        size = len(parts[0].encode())
        while size < TARGET_BYTES:
            paragraphs = texts[rng.choice(names)].split('\n\n')
            length = rng.randint(5, max(6, len(paragraphs)))
            start = rng.randint(0, max(0, len(paragraphs) - length))
            chunk = vary('\n\n'.join(paragraphs[start:start + length]), rng)
            parts.append(chunk)
            size += len(chunk.encode())
        with open(os.path.join(target, 'doc-%04d-%s' % (number, base)), 'w', encoding='utf-8') as out:
            out.write('\n\n'.join(parts))
    shutil.copy(os.path.join(source, 'agenda-index.md'), target)


if __name__ == '__main__':
    main()
