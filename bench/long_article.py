"""Cost of one article against its length: 10x the text must cost at most ~10x the time.

Three kinds of long article, each at a base size and at `--factor` times it:
  names  - news sentences full of person, organization and country names (mentions grow with length);
  dates  - a text dense with dates (about 10,000 in 330 KB at full size);
  plain  - one long article made of a real-looking story repeated, split in paragraphs;
  para   - one paragraph with no blank line at all (over spaCy's 1,000,000-character limit at full size).

    python bench/long_article.py                 # every kind, base and 10x, prints CPU seconds and the ratio
    python bench/long_article.py --kind names --base 200 --factor 10

CPU time of `Pipeline.extract_article` only (the model is loaded and warmed first). The machine is shared:
figures are noisy, the ratio is what matters.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from dragoman.model import Article
from dragoman.pipeline import Pipeline

FIRST = ["Kim", "Vladimir", "Olaf", "Emmanuel", "Recep", "Narendra", "Fumio", "Xi", "Joe", "Luiz", "Sergei",
         "Antony", "Wang", "Annalena", "Hakan", "Penny", "Mohammed", "Yoon", "Choe", "Maria"]
LAST = ["Jong Un", "Putin", "Scholz", "Macron", "Erdogan", "Modi", "Kishida", "Jinping", "Biden", "Lula",
        "Lavrov", "Blinken", "Yi", "Baerbock", "Fidan", "Wong", "Shia", "Suk-yeol", "Son Hui", "Zakharova"]
PLACES = ["Pyongyang", "Moscow", "Berlin", "Paris", "Ankara", "New Delhi", "Tokyo", "Beijing", "Washington",
          "Brasilia", "Seoul", "Canberra", "Cairo", "Minsk"]
ORGS = ["the foreign ministry", "the United Nations", "NATO", "the European Union", "the Red Cross"]
VERBS = ["met", "criticized", "praised", "called", "visited", "thanked", "accused", "welcomed", "warned"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def names_text(sentences: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, current = [], []
    for i in range(sentences):
        a, b = rng.randrange(len(FIRST)), rng.randrange(len(LAST))
        c = rng.randrange(len(FIRST))
        current.append(f"{FIRST[a]} {LAST[a]} {rng.choice(VERBS)} {FIRST[c]} {LAST[c]} in {rng.choice(PLACES)} "
                       f"on Monday, {rng.choice(ORGS)} said, and {LAST[b].split()[-1]} agreed.")
        if i % 5 == 4:
            paragraphs.append(" ".join(current))
            current = []
    paragraphs.append(" ".join(current))
    return "\n\n".join(p for p in paragraphs if p)


def dates_text(dates: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, current = [], []
    for i in range(dates):
        current.append(f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2024)} it rained.")
        if i % 8 == 7:
            paragraphs.append(" ".join(current))
            current = []
    paragraphs.append(" ".join(current))
    return "\n\n".join(p for p in paragraphs if p)


STORY = ("The foreign minister of Belarus, Maxim Ryzhenkov, arrived in Pyongyang on July 23 for an official "
         "visit, the Korean Central News Agency said. He met Choe Son Hui, his North Korean counterpart, and "
         "the two sides exchanged views on cooperation in trade, science and education. ")


def plain_text(chars: int) -> str:
    reps = max(1, chars // len(STORY))
    return "\n\n".join(STORY * 3 for _ in range(max(1, reps // 3)))


def para_text(chars: int) -> str:
    return (STORY * (chars // len(STORY) + 1))[:chars]


KINDS = {
    "names": (names_text, 100),       # sentences
    "dates": (dates_text, 1000),      # dates (x10: 10,000 dates, about 330 KB)
    "plain": (plain_text, 200_000),   # characters (x10: 2 MB)
    "para": (para_text, 110_000),     # characters in one paragraph (x10: over 1,000,000)
}


def cpu_seconds(pipeline: Pipeline, text: str) -> float:
    start = time.process_time()
    pipeline.extract_article(Article(id="long", text=text))
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", choices=sorted(KINDS), action="append")
    parser.add_argument("--base", type=int, help="base size (sentences, dates or characters)")
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--limit", type=float, default=12.0, help="fail above this ratio for --factor 10")
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    cpu_seconds(pipeline, STORY)  # warm-up
    worst = 0.0
    print(f"{'kind':<6} {'size':>10} {'chars':>10} {'cpu s':>8}   {'x' + str(args.factor) + ' size':>10} "
          f"{'chars':>10} {'cpu s':>8}  ratio")
    for kind in args.kind or list(KINDS):
        make, default = KINDS[kind]
        base = args.base or default
        small, large = make(base), make(base * args.factor)
        t_small, t_large = cpu_seconds(pipeline, small), cpu_seconds(pipeline, large)
        ratio = t_large / max(t_small, 1e-9)
        worst = max(worst, ratio * 10 / args.factor)
        print(f"{kind:<6} {base:>10} {len(small):>10} {t_small:>8.2f}   {base * args.factor:>10} {len(large):>10} "
              f"{t_large:>8.2f}  {ratio:5.1f}", flush=True)
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
