"""bobby.style: the per-bot style score that chooses among candidates, on hand-made sets."""

from __future__ import annotations

import random

import pytest

from bobby import style
from bobby.errors import InputError
from tests.test_voice import _keeper, _marketer, _posts


def test_the_score_learns_whose_posts_are_whose_and_survives_saving(tmp_path):
    score = style.fit(_posts(_keeper, 120, 1), _posts(_marketer, 60, 2))
    assert (score.posts, score.generated) == (120, 60)
    theirs, others = _posts(_keeper, 20, 3), _posts(_marketer, 20, 4)
    assert min(map(score, theirs)) > 0.5 > max(map(score, others))
    score.save(tmp_path)
    again = style.StyleScore.load(tmp_path)
    assert again == score and [again(t) for t in theirs] == [score(t) for t in theirs]


def test_the_file_keeps_only_the_strongest_features(tmp_path, monkeypatch):
    monkeypatch.setattr(style, "STYLE_FEATURES", 50)
    score = style.fit(_posts(_keeper, 120, 1), _posts(_marketer, 60, 2))
    assert len(score.weights) == 50
    rng = random.Random(5)
    assert score(_keeper(rng)) > 0.5  # the strongest 50 still tell them apart


def test_too_few_posts_learn_nothing_and_a_folder_without_a_score_has_none(tmp_path):
    assert style.fit(_posts(_keeper, 120, 1), _posts(_marketer, style.MIN_POSTS - 1, 2)) is None
    assert style.StyleScore.load(tmp_path) is None


@pytest.mark.parametrize("content", ['{"weights": [1]}', '{"weights": {}, "bias": "x"}', "[]"])
def test_a_damaged_style_file_is_one_line(tmp_path, content):
    (tmp_path / style.FILE).write_text(content)
    with pytest.raises(InputError, match="not a style score written by `bobby train`"):
        style.StyleScore.load(tmp_path)
