"""bobby.voice on small hand-made sets whose answers are known."""

from __future__ import annotations

import random

from bobby import voice
from bobby.gate import NoveltyIndex

_SUBJECTS = ["the lamp", "the gull", "morag", "the tide", "my kettle", "the fog", "jen", "the boat"]
_VERBS = ["keeps", "hates", "watches", "forgets", "finds", "loses", "likes", "fixes"]
_OBJECTS = ["the rope", "the stairs", "the bread", "the radio", "the harbour", "a gull", "the tea"]
_ENDS = ["again.", "today.", "before noon.", "as usual.", "for once.", "in the rain."]


def _keeper(rng: random.Random) -> str:
    """A lower-case lighthouse keeper's post, drawn at random from one small language."""
    return " ".join(
        [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS), rng.choice(_ENDS)]
    )


def _marketer(rng: random.Random) -> str:
    """A post from someone else entirely: capitals, hashtags, links, exclamations."""
    product = rng.choice(["Synergy Cloud", "GrowthHub", "ScaleMax", "LeadGen Pro"])
    return f"Unlock {rng.randint(2, 9)}X ROI with {product}!!! #SaaS #Growth https://t.co/{rng.randint(1000, 9999)}"


def _posts(make, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(count)]


def test_posts_from_the_same_source_cannot_be_told_apart():
    real_train, real_test = _posts(_keeper, 120, 1), _posts(_keeper, 40, 2)
    score = voice.score(real_train, real_test, _posts(_keeper, 80, 3))
    assert 0.3 < score.auc < 0.7
    assert score.auc_low < 0.5 < score.auc_high
    assert 0.3 < score.auc2 < 0.7 and score.auc2_low < 0.5 < score.auc2_high  # the 2nd judge
    assert score.length_distance < 0.3
    assert abs(score.distinct[0] - score.reference_distinct[0]) < 0.05


def test_posts_from_someone_else_are_told_apart_every_time():
    real_train, real_test = _posts(_keeper, 120, 1), _posts(_keeper, 40, 2)
    score = voice.score(real_train, real_test, _posts(_marketer, 80, 3))
    assert score.auc > 0.95 and score.auc_low > 0.9
    assert score.auc2 > 0.95 and score.auc2_low > 0.9
    assert score.length_distance > 0.9  # every marketer post is longer
    assert score.shape.rates["hashtag"] == score.shape.rates["link"] == 1.0
    assert score.shape.rates["lowercase"] == 0.0
    assert score.copied == 0.0 and score.longest_copy == 0


def test_copying_counts_posts_with_eight_words_of_a_training_post():
    real = ["one two three four five six seven eight nine ten eleven", "a short post"]
    generated = [
        "ONE two three, four five six seven eight! and then something new",  # 8 words copied
        "x one two three four five six seven y",  # 7 words: not a copy
        "zero one two three four five six seven eight nine ten",  # 10 words copied
        "nothing like it",
    ]
    copied, longest = voice.copying(NoveltyIndex(real, voice.COPY_RUN), generated)
    assert (copied, longest) == (0.5, 10)
    assert voice.score(real, ["held out"], generated).copied == 0.5


def test_shape_counts_each_feature_and_sentence():
    texts = [
        "Is the fog in? 🌫️ #fog",
        "all lower case here. two sentences",
        "See https://example.com and www.example.org, @jen.bsky.social",
        "ALL CAPS. Two. Three!",
    ]
    shape = voice.shape(texts)
    assert shape.rates == {
        "emoji": 0.25,
        "hashtag": 0.25,
        "link": 0.25,
        "mention": 0.25,
        "question": 0.25,
        "lowercase": 0.25,
    }
    assert [voice.sentences(t) for t in texts] == [2, 2, 1, 3]
    assert shape.lengths[0] == 21  # the fog emoji with its variation selector is one grapheme
    assert shape.lengths == [21, 34, 61, 21] and shape.median_length == (21 + 34) / 2
    assert not voice.has("mention", "mail me at a@b.com") and not voice.has("hashtag", "no#tag")


def test_distinct_counts_unique_runs_of_words():
    assert voice.distinct(["a b a b"], 1) == 0.5
    assert voice.distinct(["a b a b"], 2) == round(2 / 3, 4)
    assert voice.distinct(["a", ""], 2) == 0.0


def test_too_few_posts_give_no_auc_and_say_why():
    score = voice.score(["real"], ["held out"], ["one", "  "])
    assert score.auc is None and score.auc_low is None
    assert score.notes == ["only 1 generated posts: the voice score needs more"]
    assert voice.auc([], ["x"], ["a", "b"]) is None


def test_the_second_judge_sees_what_words_alone_cannot():
    """Same words, another hand: capitals and punctuation are the second judge's too."""
    real = _posts(_keeper, 120, 1)
    shouted = [post.capitalize().replace(".", "!!") for post in _posts(_keeper, 60, 2)]
    assert voice.second_auc(real, shouted) == (1.0, 1.0, 1.0)
    assert voice.second_auc(real, shouted[:4]) is None  # fewer than FOLDS of a kind


def test_stylometry_counts():
    features = voice.stylometry("Wind SW 7, gusting 9. Kettle's on ☕\nok?")
    graphemes, tokens, mean_length, capitals, digits, emoji, lines, sentences = features[:8]
    assert (graphemes, tokens, digits, emoji, lines, sentences) == (39, 8, 2, 1, 1, 2)
    assert mean_length == 27 / 8 and capitals == 4 / 24
    marks = dict(zip(voice._PUNCTUATION, features[8:], strict=True))
    assert marks["."] == marks[","] == marks["'"] == marks["?"] == 1 and marks["!"] == 0


def test_topic_collapse_counts_the_top_subject_and_consecutive_repeats():
    posts = [
        "the cat sat on the warm rail",
        "the cat is asleep again",
        "fog over the sound",
        "tea with jen, then the cat",
        "quiet evening",
    ]
    collapse = voice.collapse(posts)
    # "cat" is three letters and "again" a function word: no subject twice; the first of
    # those once ("asleep", "evening", "quiet", ...) in one post of five
    assert collapse.top_word == "asleep" and collapse.share == 0.2 and collapse.consecutive == 0
    assert voice.collapse(["boats boats", "boats and gulls", "gulls", "boats"]) == voice.Collapse(
        "boats", 0.75, 0.6667
    )
    assert voice.collapse([]) == voice.Collapse(None, 0.0, 0.0)
