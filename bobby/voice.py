"""Does it sound like the person? Generated posts measured against the person's real ones.

Perplexity says an adapter fits held-out text; it does not say whether what the bot writes
reads like the person, nor whether it copies them. This module scores a set of generated
posts against real ones four ways, each a pure function of lists of texts:

- voice: authorship verification, as style-imitation research measures it. A character
  3-5-gram TF-IDF logistic regression (scikit-learn) learns to tell the person's training
  posts from part of the generated ones; on held-out real posts and the rest of the
  generated ones its ROC AUC is 0.5 when they cannot be told apart and 1.0 when they always
  can, with a bootstrap interval (the held-out sets are small);
- copying: the share of generated posts that repeat a run of 8 words of the training posts
  (the quality gate's own index, `bobby.gate.NoveltyIndex`) and the longest such run;
- shape: how far the lengths (in graphemes, as Bluesky counts) are from the real ones
  (Kolmogorov-Smirnov distance: 0 same distribution, 1 no overlap) and how often posts have
  emoji, hashtags, links, mentions, questions, no capital letters, and how many sentences;
- diversity: distinct-1 and distinct-2 (unique words and word pairs over all of them) of
  the generated posts and of as many real ones;
- topic collapse: how many posts contain the set's most frequent content word, and how
  often consecutive posts share a content word (a bot "posting about cats constantly").

One judge can be gamed by tuning to it, so a second judge of another family scores every
set too (`second_auc`): word 1-2-grams and stylometric counts (lengths, capitals,
punctuation, emoji...) in a random forest, judged by cross-validation over all the
person's posts, not the training/test split of the first judge; a change that fools only
one of them has not made the posts more like the person's.

scikit-learn and scipy are imported only when a score is computed.
"""

from __future__ import annotations

import itertools
import random
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from bobby.gate import NoveltyIndex, content_words, words
from bobby.text import graphemes

COPY_RUN = 8  # words in a row that count as copying (the quality gate's default)
BOOTSTRAP = 1000  # resamples of the held-out sets for the AUC's interval
HELD_OUT = 0.5  # share of the generated posts kept out of the classifier's training

# What a post's shape is made of: name, what it means, and whether a text has it.
_EMOJI = regex.compile(r"\p{Extended_Pictographic}")
_HASHTAG = regex.compile(r"(?<!\w)#\w")
_LINK = regex.compile(r"https?://\S|(?<![\w@])www\.\S", regex.IGNORECASE)
_MENTION = regex.compile(r"(?<!\w)@\w")
_SENTENCE = regex.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
FEATURES = {
    "emoji": "has an emoji",
    "hashtag": "has a hashtag",
    "link": "has a link",
    "mention": "mentions someone",
    "question": "asks a question",
    "lowercase": "no capital letters",
}


@dataclass
class Shape:
    """What a set of posts looks like on the surface."""

    posts: int
    lengths: list[int]  # graphemes of each post
    median_length: float
    rates: dict[str, float]  # FEATURES: share of posts that have each
    sentences: float  # mean sentences per post


@dataclass
class Collapse:
    """How much a set of posts returns to one subject."""

    top_word: str | None  # the content word most posts contain
    share: float  # share of posts that contain it
    consecutive: float  # share of consecutive pairs of posts that share a content word


@dataclass
class Voice:
    """One generated set scored against the real posts."""

    auc: float | None  # None when a held-out set is empty
    auc_low: float | None
    auc_high: float | None
    copied: float  # share of posts with a copied run of COPY_RUN words
    longest_copy: int  # words
    length_distance: float  # Kolmogorov-Smirnov distance of the length distributions
    shape: Shape
    distinct: tuple[float, float]  # distinct-1 and distinct-2 of `diversity_posts` posts
    reference_distinct: tuple[float, float]  # the same of as many real posts
    diversity_posts: int
    notes: list[str] = field(default_factory=list)
    # the second judge (`second_auc`), and topic collapse against the person's own
    auc2: float | None = None
    auc2_low: float | None = None
    auc2_high: float | None = None
    collapse: Collapse | None = None
    reference_collapse: Collapse | None = None


def has(feature: str, text: str) -> bool:
    """Whether `text` has one of FEATURES."""
    if feature == "emoji":
        return bool(_EMOJI.search(text))
    if feature == "hashtag":
        return bool(_HASHTAG.search(text))
    if feature == "link":
        return bool(_LINK.search(text))
    if feature == "mention":
        return bool(_MENTION.search(text))
    if feature == "question":
        return "?" in text
    if feature == "lowercase":
        return text != text.upper() and text == text.lower()
    raise KeyError(feature)


def sentences(text: str) -> int:
    """Sentences in a post: its sentence ends, and a last sentence left without one."""
    ends = list(_SENTENCE.finditer(text))
    tail = text[ends[-1].end() :] if ends else text
    return len(ends) + (1 if regex.search(r"\w", tail) else 0)


def distinct(texts: Sequence[str], n: int) -> float:
    """Unique runs of `n` words over all runs of `n` words (distinct-n); 0 for none."""
    grams = [
        tuple(tokens[i : i + n]) for tokens in map(words, texts) for i in range(len(tokens) - n + 1)
    ]
    return round(len(set(grams)) / len(grams), 4) if grams else 0.0


def shape(texts: Sequence[str]) -> Shape:
    """The surface of a set of posts."""
    count = len(texts) or 1
    lengths = [graphemes(text) for text in texts]
    return Shape(
        posts=len(texts),
        lengths=lengths,
        median_length=float(statistics.median(lengths)) if lengths else 0.0,
        rates={name: round(sum(has(name, t) for t in texts) / count, 4) for name in FEATURES},
        sentences=round(sum(map(sentences, texts)) / count, 3),
    )


def length_distance(real: Sequence[str], generated: Sequence[str]) -> float:
    """Kolmogorov-Smirnov distance between the two sets' lengths in graphemes."""
    from scipy.stats import ks_2samp

    if not real or not generated:
        return 0.0
    result = ks_2samp([graphemes(t) for t in real], [graphemes(t) for t in generated])
    return round(float(result.statistic), 4)


def copying(index: NoveltyIndex, generated: Sequence[str]) -> tuple[float, int]:
    """Share of `generated` that repeat a run of the index's length, and the longest run."""
    runs = [index.longest_copy(words(text)) for text in generated]
    share = sum(1 for run in runs if run) / len(runs) if runs else 0.0
    return round(share, 4), max(runs, default=0)


def auc(
    real_train: Sequence[str],
    real_test: Sequence[str],
    generated: Sequence[str],
    seed: int = 0,
) -> tuple[float, float, float] | None:
    """ROC AUC of a classifier telling real posts from generated ones, with its 95%
    bootstrap interval; None when there are too few posts to train and test it (two of
    each kind held out at least).

    The classifier (character 3-5-grams within word bounds, TF-IDF, logistic regression
    with balanced class weights) learns from `real_train` and a random half of `generated`;
    it is scored on `real_test` and the other half, which it never saw.
    """
    shuffled = list(generated)
    random.Random(seed).shuffle(shuffled)
    cut = len(shuffled) - round(len(shuffled) * HELD_OUT)
    fake_train, fake_test = shuffled[:cut], shuffled[cut:]
    if not real_train or not fake_train or min(len(real_test), len(fake_test)) < 2:
        return None
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    features = vectorizer.fit_transform([*real_train, *fake_train])
    labels = np.array([0] * len(real_train) + [1] * len(fake_train))
    classifier = LogisticRegression(class_weight="balanced", max_iter=1000)
    classifier.fit(features, labels)
    scores = classifier.predict_proba(vectorizer.transform([*real_test, *fake_test]))[:, 1]
    truth = np.array([0] * len(real_test) + [1] * len(fake_test))
    return round(float(roc_auc_score(truth, scores)), 4), *_interval(scores, truth, seed)


def _interval(scores: Any, truth: Any, seed: int) -> tuple[float, float]:
    """95% bootstrap interval of the AUC of `scores` for labels `truth` (1: generated)."""
    import numpy as np
    from scipy.stats import bootstrap, mannwhitneyu

    # The AUC is the Mann-Whitney U of the two classes' scores over all their pairs;
    # bootstrap resamples each class on its own, so that every resample has both.
    real_scores, fake_scores = scores[truth == 0], scores[truth == 1]

    def statistic(fake: Any, real: Any, axis: int = -1) -> Any:
        return mannwhitneyu(fake, real, axis=axis).statistic / (fake.shape[axis] * real.shape[axis])

    interval = bootstrap(
        (fake_scores, real_scores),
        statistic,
        n_resamples=BOOTSTRAP,
        method="percentile",
        rng=np.random.default_rng(seed),
    ).confidence_interval
    return round(float(interval.low), 4), round(float(interval.high), 4)


def collapse(texts: Sequence[str]) -> Collapse:
    """Topic collapse of posts in the order they were written (`Collapse`)."""
    bags = [content_words(text) for text in texts]
    counts = Counter(word for bag in bags for word in bag)
    top = min(counts.items(), key=lambda item: (-item[1], item[0]))[0] if counts else None
    pairs = list(itertools.pairwise(bags))
    return Collapse(
        top_word=top,
        share=round(counts[top] / len(bags), 4) if top else 0.0,
        consecutive=round(sum(1 for a, b in pairs if a & b) / len(pairs), 4) if pairs else 0.0,
    )


_CAPITAL = regex.compile(r"\p{Lu}")
_LETTER = regex.compile(r"\p{L}")
_PUNCTUATION = ".,!?;:…'\"()-&/*~#@"


def stylometry(text: str) -> list[float]:
    """A post's surface in numbers, the second judge's dense features: graphemes, words,
    mean word length, the share of capitals among letters, digits, emoji, line breaks,
    sentences and each common punctuation mark."""
    tokens = words(text)
    letters = len(_LETTER.findall(text)) or 1
    return [
        graphemes(text),
        len(tokens),
        sum(map(len, tokens)) / len(tokens) if tokens else 0.0,
        len(_CAPITAL.findall(text)) / letters,
        sum(ch.isdigit() for ch in text),
        len(_EMOJI.findall(text)),
        text.count("\n"),
        sentences(text),
        *(text.count(mark) for mark in _PUNCTUATION),
    ]


FOLDS = 5  # the second judge's cross-validation
REAL_SAMPLE = 2000  # the person's posts it sees at most (a seeded sample): seconds, not minutes


def second_auc(
    real: Sequence[str], generated: Sequence[str], seed: int = 0
) -> tuple[float, float, float] | None:
    """The second judge: ROC AUC of a random forest telling real posts from generated ones
    on word 1-2-gram presence (the 500 most common in the posts it is given) and
    `stylometry`, each post scored by a forest that did not see it (stratified
    `FOLDS`-fold cross-validation over all of them, the person's sampled down to
    REAL_SAMPLE), with a 95% bootstrap interval; None
    with fewer than FOLDS posts of either kind.

    Another family than the first judge (character n-grams, linear) on other splits (all
    the person's posts, folds of its own seed), so that a lever tuned to one of them does
    not pass for a better voice."""
    generated = [text for text in generated if text.strip()]
    if min(len(real), len(generated)) < FOLDS:
        return None
    real = random.Random(seed).sample(list(real), min(len(real), REAL_SAMPLE))
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    texts = [*real, *generated]
    labels = np.array([0] * len(real) + [1] * len(generated))
    grams = CountVectorizer(
        tokenizer=words,
        token_pattern=None,
        lowercase=False,
        ngram_range=(1, 2),
        max_features=500,
        binary=True,
    )
    features = hstack(
        [grams.fit_transform(texts), csr_matrix(np.array([stylometry(t) for t in texts]))]
    ).tocsr()
    forest = RandomForestClassifier(
        n_estimators=200, min_samples_leaf=2, class_weight="balanced", random_state=seed, n_jobs=1
    )
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    scores = cross_val_predict(forest, features, labels, cv=folds, method="predict_proba")[:, 1]
    return round(float(roc_auc_score(labels, scores)), 4), *_interval(scores, labels, seed)


def score(
    real_train: Sequence[str],
    real_test: Sequence[str],
    generated: Sequence[str],
    index: NoveltyIndex | None = None,
    seed: int = 0,
) -> Voice:
    """`generated` scored against the person's posts: `real_train` (what the model learned
    from; copying is measured against it unless `index` is given) and `real_test` (posts
    it never saw, what the classifier is tested on). Lengths and diversity, which learn
    nothing, compare with all the real posts: a held-out split is often a few dozen."""
    generated = [text for text in generated if text.strip()]
    notes = []
    if len(generated) < 4:
        notes.append(f"only {len(generated)} generated posts: the voice score needs more")
    measured = auc(real_train, real_test, generated, seed)
    copied, longest = copying(index or NoveltyIndex(real_train, COPY_RUN), generated)
    real = [*real_train, *real_test]
    second = second_auc(real, generated, seed)
    # distinct-n falls as a set grows: both are measured on as many posts.
    size = min(len(real), len(generated))
    mine, theirs = (
        random.Random(seed).sample(generated, size),
        random.Random(seed).sample(real, size),
    )
    return Voice(
        auc=measured[0] if measured else None,
        auc_low=measured[1] if measured else None,
        auc_high=measured[2] if measured else None,
        copied=copied,
        longest_copy=longest,
        length_distance=length_distance(real, generated),
        shape=shape(generated),
        distinct=(distinct(mine, 1), distinct(mine, 2)),
        reference_distinct=(distinct(theirs, 1), distinct(theirs, 2)),
        diversity_posts=size,
        notes=notes,
        auc2=second[0] if second else None,
        auc2_low=second[1] if second else None,
        auc2_high=second[2] if second else None,
        collapse=collapse(generated),
        reference_collapse=collapse(real),
    )
