"""The style score: which of several candidates reads most like the person.

`-n` candidates differ in how much they sound like their owner, and the one a model finds
most likely is the most generic (a loop, "lamp lit. lamp lit.", is very likely). So each
bot learns, at the end of `bobby train`, to tell the person's training posts from posts
its new adapter writes: a logistic regression over character 2-4-grams within words (case
kept: capitals are style) and lower-cased word 1-2-grams, each post's features scaled to
unit length. Its probability that a text is the person's ranks the candidates that passed
the gate (`generate`, `post`, `serve`).

It learns from the training split only, never the test split that `bobby eval`'s judges
are scored on, and from the adapter's own posts, never eval's. It is saved as style.json
in the adapter folder: the weights of the STYLE_FEATURES strongest features and the bias,
read and applied in pure Python, so that choosing needs no scikit-learn at run time.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bobby.errors import InputError
from bobby.files import read_json, write_json

FILE = "style.json"
STYLE_FEATURES = 20_000  # weights kept: the file stays a few hundred KB for any archive
MIN_POSTS = 8  # of each kind, or there is nothing to learn


def features(text: str) -> dict[str, float]:
    """A text's features: character 2-4-grams of each word (padded with spaces, case kept)
    and word 1-2-grams (lower case), present or not, scaled to unit length."""
    # the gate's words (and its `regex`) only when a text is scored: `bobby.train`, whose
    # options every start of the CLI reads, imports this module for its file's name
    from bobby.gate import words

    found: set[str] = set()
    for word in text.split():
        padded = f" {word} "
        for n in (2, 3, 4):
            found.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    tokens = words(text)
    found.update(f"w:{token}" for token in tokens)
    found.update(f"w:{a} {b}" for a, b in itertools.pairwise(tokens))
    if not found:
        return {}
    value = 1 / math.sqrt(len(found))
    return dict.fromkeys(found, value)


@dataclass
class StyleScore:
    """A bot's style score (see the module's docstring).

    Attributes:
        weights: feature → weight, for the features it kept.
        bias: the intercept.
        posts: the person's posts it learned from.
        generated: the adapter's posts it learned from.
    """

    weights: dict[str, float]
    bias: float
    posts: int
    generated: int

    def __call__(self, text: str) -> float:
        """The probability that `text` is the person's, by this score (0 to 1)."""
        total = self.bias + sum(
            self.weights.get(name, 0.0) * value for name, value in features(text).items()
        )
        return 1 / (1 + math.exp(-max(-60.0, min(60.0, total))))

    def save(self, folder: Path) -> Path:
        write_json(folder / FILE, asdict(self))
        return folder / FILE

    @classmethod
    def load(cls, folder: Path) -> StyleScore | None:
        """The score saved in an adapter folder, or None where it has none (an adapter
        trained before there was one, or by mlx-lm itself)."""
        path = folder / FILE
        if not path.is_file():
            return None
        data = read_json(path)
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            return cls(weights, float(data["bias"]), int(data["posts"]), int(data["generated"]))
        except (TypeError, KeyError, ValueError, AttributeError):
            raise InputError(f"{path}: not a style score written by `bobby train`") from None


def fit(real: Sequence[str], generated: Sequence[str], seed: int = 0) -> StyleScore | None:
    """Learn to tell `real` posts from `generated` ones; None with fewer than MIN_POSTS of
    either (nothing to learn: candidates are then ranked as the model likes them)."""
    real = [text for text in real if text.strip()]
    generated = [text for text in generated if text.strip()]
    if min(len(real), len(generated)) < MIN_POSTS:
        return None
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([features(text) for text in [*real, *generated]])
    labels = np.array([1] * len(real) + [0] * len(generated))
    model = LogisticRegression(class_weight="balanced", max_iter=2000, random_state=seed)
    model.fit(matrix, labels)
    coefficients = model.coef_[0]
    strongest = np.argsort(-np.abs(coefficients))[:STYLE_FEATURES]
    names = vectorizer.get_feature_names_out()
    return StyleScore(
        weights={str(names[i]): round(float(coefficients[i]), 6) for i in strongest},
        bias=float(model.intercept_[0]),
        posts=len(real),
        generated=len(generated),
    )
