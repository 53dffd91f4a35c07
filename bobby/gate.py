"""The quality gate: what a generated post must pass before anyone sees it posted.

A fine-tuned model's worst habit is to repeat its training data: users of peer tools see
their bots repost old tweets verbatim. So besides length, mention, link and banned-word
checks, every candidate is compared with everything the person ever wrote and everything
the bot already posted: no run of `ngram` words may be copied, and its word-pair overlap
with any one of those posts must stay below `max_similarity`.

Both comparisons use an index built once: a set of hashed word n-grams for copied runs,
and an inverted index of hashed word pairs (sorted numpy arrays) for similarity, so that
a candidate is checked against 50,000 posts in about a millisecond.

A verdict that found a close post (a copied run, or a similarity at least NEAR of the
limit) names it, with the runs of words the two share (`Novelty`): a person deciding
about a candidate (the review page) sees what it would repeat, not only a percentage.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import reduce
from typing import Any

import regex

from bobby import text as textlib
from bobby.errors import InputError
from bobby.options import GateOptions
from bobby.verdict import Check, Novelty, Verdict

_WORD = regex.compile(r"(?:[\p{L}\p{N}']\p{M}*)+")  # marks stay with their letter: é = e + ◌́
# Whole links and handles, as the verdict names them: a link to its end (not the
# punctuation after it), a bare domain with its subdomains and path, never inside a handle
# (@bob.example.org is a mention, not the link example.org).
_END = r"(?=[.,;:!?)\]'\"]*(?:\s|$))"
_LINK = regex.compile(
    rf"(?:https?://|www\.)\S+?{_END}"
    r"|(?<![@\w.-])(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|io|co|dev|app|ly|me|info|social|xyz|gg|tv)\b"
    rf"(?:/\S*?{_END})?",
    regex.IGNORECASE,
)
_MENTION = regex.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
_NOT_WORDS = regex.compile(r"https?://\S+|(?<!\w)@\S+")  # links and mentions: never copying
# A bot "posting about cats constantly": a candidate with a content word of this many of
# the last `recent_posts` posts goes after those without (`new_subject`, which ranks but
# never refuses). The people of bench/voice.py's archives (in time order) have 3.6%, 14%
# and 21% of their own posts on such a subject. As a refusal it cut the sample bot's topic
# collapse to her own level but passed only 49% of the candidates and left 8 of 48 slots
# without a post; as a ranking, collapse 1.4x hers with 99% passing (BENCHMARKS.md, "Voice").
SUBJECT_REPEATS = 2
NEAR = 0.5  # a post this share of max_similarity alike (or more) is named in the verdict


class GateRejected(InputError):
    """No candidate passed the quality gate (`bobby serve` generates again)."""


def words(text: str) -> list[str]:
    """Lower-case words without links or mentions: what counts as copying."""
    return _WORD.findall(_NOT_WORDS.sub(" ", text).casefold())


# Words that carry no subject, in the languages people most often post in: a content word
# is any other word of at least four letters (`content_words`).
_FUNCTION_WORDS = frozenset(
    """
    about after again also always an and another any are around back been before being
    both but can cant could did didnt does doesnt doing done dont down each even ever every
    from going gonna good have having here just know like little look make many more most
    much need never next only other over really right same should since some still such
    sure take than thank thanks that thats the their them then there these they thing
    things think this those though through time today very want well were what when where
    which while will with would yeah year years your youre also its ive ill isnt wont
    arent wasnt lets theres whats hes shes theyre youve weve wouldnt couldnt aber alle auch dass doch
    eine einem einen einer eines haben hier mich mein nach nicht noch oder schon sein sind
    über und uns war wenn wie wird wir zum zur como cuando donde esta este esto estos eres
    hace hacer hasta mucho muy nada para pero porque puede sobre solo también tengo tiene
    todo todos una unos avec bien cest dans elle être faire mais même nous pour plus quand
    sont sous tout tous très vous cosa anche come della dello molto nella perché questo
    sono però quando mais muito para pelo pela porque isso isto essa esse ainda você
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def content_words(text: str) -> set[str]:
    """The words of a post that say what it is about: four letters or more, not a
    function word (`_FUNCTION_WORDS`), links and mentions apart."""
    return {w for w in words(text) if len(w) >= 4 and w.replace("'", "") not in _FUNCTION_WORDS}


def _located_words(text: str) -> list[tuple[str, int, int]]:
    """The words of `words`, each with its [start, end) in `text` (to mark it there)."""
    masked = _NOT_WORDS.sub(lambda found: " " * len(found[0]), text)
    return [(m[0].casefold(), m.start(), m.end()) for m in _WORD.finditer(masked)]


def _pairs(located: Sequence[tuple[str, int, int]]) -> set[tuple[str, ...]]:
    words_ = [word for word, _, _ in located]
    return {tuple(words_[i : i + 2]) for i in range(len(words_) - 1)} or {tuple(words_[:1])}


def _shared_runs(
    located: Sequence[tuple[str, int, int]], other: set[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """Character spans of the runs of words whose consecutive pairs are all in `other`."""
    runs: list[list[int]] = []  # [first word, last word]
    for i in range(len(located) - 1):
        if (located[i][0], located[i + 1][0]) in other:
            if runs and runs[-1][1] == i:
                runs[-1][1] = i + 1
            else:
                runs.append([i, i + 1])
    return [(located[first][1], located[last][2]) for first, last in runs]


def novelty(text: str, post: str) -> Novelty:
    """What `text` shares with `post`: their similarity and the runs of words in both."""
    mine, theirs = _located_words(text), _located_words(post)
    a, b = _pairs(mine), _pairs(theirs)
    shared = len(a & b)
    return Novelty(
        post,
        round(shared / (len(a) + len(b) - shared), 3) if shared else 0.0,
        _shared_runs(mine, b),
        _shared_runs(theirs, a),
    )


class NoveltyIndex:
    """Everything a candidate must not copy: the person's posts and the bot's posts."""

    def __init__(self, texts: Iterable[str], ngram: int = 8) -> None:
        import numpy as np

        self.ngram = ngram
        self.texts: list[str] = []
        self.runs: set[int] = set()
        pair_hashes: list[int] = []
        pair_owner: list[int] = []
        sizes: list[int] = []
        for text in texts:
            tokens = words(text)
            if not tokens:
                continue
            index = len(self.texts)
            self.texts.append(text)
            self.runs.update(_ngrams(tokens, ngram))
            pairs = set(_ngrams(tokens, 2)) or {hash(tokens[0])}
            pair_hashes += pairs
            pair_owner += [index] * len(pairs)
            sizes.append(len(pairs))
        order = np.argsort(np.asarray(pair_hashes, dtype=np.int64), kind="stable")
        self._pairs = np.asarray(pair_hashes, dtype=np.int64)[order]
        self._owners = np.asarray(pair_owner, dtype=np.int64)[order]
        self._sizes = np.asarray(sizes, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.texts)

    def longest_copy(self, tokens: Sequence[str]) -> int:
        """Length in words of the longest run of at least `ngram` words seen before (or 0)."""
        return self.copied_run(tokens)[0]

    def copied_run(self, tokens: Sequence[str]) -> tuple[int, int]:
        """The longest run of at least `ngram` words seen before: (its length in words,
        the index of its first word), or (0, 0)."""
        longest = current = start = 0
        for i, gram in enumerate(_ngrams(tokens, self.ngram)):
            current = current + 1 if gram in self.runs else 0
            if current > longest:
                longest, start = current, i - current + 1
        return (longest + self.ngram - 1, start) if longest else (0, 0)

    def _owners_of(self, pairs: set[int]) -> list[Any]:
        """For each hashed word pair, the indexed posts that have it (a numpy array each)."""
        import numpy as np

        keys = np.fromiter(pairs, dtype=np.int64, count=len(pairs))
        starts = np.searchsorted(self._pairs, keys, side="left")
        ends = np.searchsorted(self._pairs, keys, side="right")
        return [self._owners[s:e] for s, e in zip(starts, ends, strict=True)]

    def holder(self, run: Sequence[str]) -> str | None:
        """The first indexed post that has this run of words (the one a copy came from)."""
        import numpy as np

        pairs = set(_ngrams(run, 2))
        if not pairs or not len(self._pairs):
            return None
        found = reduce(np.intersect1d, self._owners_of(pairs))
        wanted = hash(tuple(run))
        for owner in found:  # a hash collision aside, every one holds it
            text = self.texts[int(owner)]
            if wanted in _ngrams(words(text), len(run)):
                return text
        return None

    def most_similar(self, tokens: Sequence[str]) -> tuple[float, str | None]:
        """The highest word-pair Jaccard similarity to one indexed post, and that post."""
        import numpy as np

        pairs = set(_ngrams(tokens, 2)) or ({hash(tokens[0])} if tokens else set())
        if not pairs or not len(self._pairs):
            return 0.0, None
        hits = [owners for owners in self._owners_of(pairs) if len(owners)]
        if not hits:
            return 0.0, None
        owners, shared = np.unique(np.concatenate(hits), return_counts=True)
        similarity = shared / (len(pairs) + self._sizes[owners] - shared)
        best = int(np.argmax(similarity))
        return float(similarity[best]), self.texts[int(owners[best])]


# How often a run of n words may follow itself before the text is a loop, not a person:
# "no no no" and "ha ha ha" are people's, a fourth is a model's; a two- or three-word run
# three times ("lamp lit. lamp lit. lamp lit.", "a cabbage, a cabbage, a cabbage") and a
# longer one twice in a row are loops. Measured on the real archives of bench/voice.py:
# 0.35% of 20,930 posts of one person (intended chants, "ALIGNMENT! ALIGNMENT! ..."), 0.16% of
# another's 1,223, none of the sample's 435 (BENCHMARKS.md, "Voice").
def _loop_length(n: int) -> int:
    return 4 if n == 1 else 3 if n <= 3 else 2


LONG_RUN = 6  # words: a run this long written twice, anywhere, is a loop too


def repeated_run(text: str) -> tuple[str, int] | None:
    """The run of words a text repeats like a model stuck in a loop, and how many times
    it comes, or None. Runs are compared as words (case, punctuation and emoji apart),
    so that "Lamp lit. lamp lit 🕯️ lamp lit." is one run three times."""
    located = _located_words(text)
    tokens = [word for word, _, _ in located]
    found: tuple[int, int, int] | None = None  # start, n, times
    for n in range(1, len(tokens) // 2 + 1):
        for start in range(len(tokens) - 2 * n + 1):
            times = 1
            while tokens[start + times * n : start + (times + 1) * n] == tokens[start : start + n]:
                times += 1
            if times >= _loop_length(n) and (found is None or times * n > found[1] * found[2]):
                found = (start, n, times)
    if found is None:
        found = _long_run_twice(tokens)
    if found is None:
        return None
    start, n, times = found
    return text[located[start][1] : located[start + n - 1][2]], times


def _long_run_twice(tokens: Sequence[str]) -> tuple[int, int, int] | None:
    seen: dict[tuple[str, ...], int] = {}
    for start in range(len(tokens) - LONG_RUN + 1):
        run = tuple(tokens[start : start + LONG_RUN])
        if run in seen and start - seen[run] >= LONG_RUN:
            return seen[run], LONG_RUN, 2
        seen.setdefault(run, start)
    return None


def _ngrams(tokens: Sequence[str], n: int) -> list[int]:
    return [hash(tuple(tokens[i : i + n])) for i in range(len(tokens) - n + 1)]


class Gate:
    """Checks candidates against the options and, if given, the posts they must not copy."""

    def __init__(
        self,
        options: GateOptions,
        history: Iterable[str] | None = None,
        recent: Sequence[str] = (),
    ) -> None:
        """`history`: the texts no candidate may copy; `recent`: the bot's posts, oldest
        first, whose subjects the across-posts rule looks at (the last `recent_posts`)."""
        self.options = options
        self.index = NoveltyIndex(history, options.ngram) if history is not None else None
        last = list(recent)[-options.recent_posts :] if options.recent_posts else []
        self._subjects = Counter(word for text in last for word in content_words(text))
        self._banned = [
            (
                phrase,
                regex.compile(rf"(?<!\w){regex.escape(phrase.strip())}(?!\w)", regex.IGNORECASE),
            )
            for phrase in options.banned
            if phrase.strip()
        ]

    def check(self, text: str) -> Verdict:
        o = self.options
        size = textlib.graphemes(text)
        checks = [
            Check("not_empty", bool(text.strip()), len(text.strip())),
            Check(
                "fits",
                size <= o.max_graphemes and len(text.encode()) <= textlib.MAX_BYTES,
                size,
                f"{size} graphemes, limit {o.max_graphemes}" if size > o.max_graphemes else "",
            ),
            Check(
                "no_broken_characters",
                "\ufffd" not in text,
                text.count("\ufffd"),
                "a character was cut in two (U+FFFD)",
            ),
            Check(
                "min_chars",
                len(text.strip()) >= o.min_chars,
                len(text.strip()),
                f"{len(text.strip())} characters, at least {o.min_chars}",
            ),
        ]
        near = None
        if self.index is not None:
            novel, near = self._novelty(text, self.index)
            checks += novel
        mentions = _MENTION.findall(text)
        links = _LINK.findall(text)
        checks.append(
            Check(
                "no_mentions", o.allow_mentions or not mentions, len(mentions), " ".join(mentions)
            )
        )
        checks.append(Check("no_links", o.allow_links or not links, len(links), " ".join(links)))
        banned = [phrase for phrase, pattern in self._banned if pattern.search(text)]
        checks.append(Check("no_banned", not banned, len(banned), ", ".join(banned)))
        again = sorted(w for w in content_words(text) if self._subjects[w] >= SUBJECT_REPEATS)
        checks.append(
            Check(
                "new_subject",
                not again,
                len(again),
                f"{', '.join(again)}: in {SUBJECT_REPEATS}+ of the last {o.recent_posts} posts",
                block=False,
            )
        )
        loop = repeated_run(text) if o.refuse_repeats else None
        checks.append(
            Check(
                "no_repeats",
                loop is None,
                loop[1] if loop else 0,
                f"repeats {loop[0]!r} {loop[1]} times" if loop else "",
            )
        )
        for each in checks:
            if each.passed:
                each.detail = ""
        return Verdict(text, checks, near)

    def _novelty(self, text: str, index: NoveltyIndex) -> tuple[list[Check], Novelty | None]:
        """The two novelty checks, and the closest post where one is close: the one a
        copied run came from (which may not be the most alike), else the most alike."""
        o = self.options
        tokens = words(text)
        run, start = index.copied_run(tokens)
        similarity, closest = index.most_similar(tokens)
        checks = [
            Check("no_copied_run", run == 0, run, f"copies a run of {run} words" if run else ""),
            Check(
                "not_similar",
                similarity < o.max_similarity,
                round(similarity, 3),
                f"{similarity:.0%} like {closest!r}" if similarity >= o.max_similarity else "",
            ),
        ]
        if run:
            closest = index.holder(tokens[start : start + o.ngram]) or closest
        if closest is None or not (run or similarity >= NEAR * o.max_similarity):
            return checks, None
        return checks, novelty(text, closest)
