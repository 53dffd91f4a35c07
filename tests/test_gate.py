"""The quality gate and the text rules it stands on."""

from __future__ import annotations

import orjson
import pytest

from bobby import text
from bobby.gate import Gate, GateOptions, NoveltyIndex, Verdict

HISTORY = [
    "the fog rolled in over the harbour this morning and the gulls went quiet for once",
    "tea on the gallery rail, lamp polished, ships counted: three trawlers and a ferry",
    "short one",
    "Storm warning for tonight. Shutters down, kettle on, radio tuned to the coastguard.",
]


def gate(**options) -> Gate:
    return Gate(GateOptions(**options), HISTORY)


def failed(verdict) -> set[str]:
    return {check.name for check in verdict.failed}


def test_grapheme_counting_with_emoji_and_combining_marks():
    assert text.graphemes("👨‍👩‍👧‍👦") == 1  # one family, seven code points
    assert text.graphemes("e\u0301") == 1  # e + combining acute
    assert text.graphemes("🏳️‍🌈👍🏽") == 2
    family = "👨‍👩‍👧‍👦" * 300
    assert text.graphemes(family) == 300 and len(family) == 2100
    assert not text.fits(family)  # 300 graphemes but 7,500 bytes: over Bluesky's byte cap
    assert text.fits("é" * 300) and not text.fits("é" * 301)


def test_fits_counts_graphemes_not_code_points():
    combining = "e\u0301" * 300  # 600 code points, 300 graphemes
    assert gate(min_chars=1).check(combining).passed
    assert "fits" in failed(gate(min_chars=1).check(combining + "e"))


def test_shorten_cuts_at_sentence_end_within_limit():
    long = "The lamp is lit. " + "The fog is thick and grey and wet " * 10 + "end."
    short = text.shorten(long, 100)
    assert short == "The lamp is lit."
    assert (
        text.shorten("no sentence end at all " * 20, 50)
        == "no sentence end at all no sentence end at all no"
    )
    emoji = "🌊" * 10 + " waves. " + "👨‍👩‍👧‍👦" * 400
    cut = text.shorten(emoji)
    assert text.fits(cut) and cut.endswith("waves.")


def test_clean_strips_thinking_and_chat_artifacts():
    raw = "<think>\nlet me think\n</think>\n\nassistant: the gulls are loud   today.<|im_end|>"
    assert text.clean(raw) == "the gulls are loud today."
    assert text.clean('"quoted post"') == "quoted post"
    assert text.clean("a\n\n\n\nb") == "a\n\nb"


def test_empty_and_too_short():
    assert {"not_empty", "min_chars"} <= failed(gate().check("   "))
    assert failed(gate(min_chars=30).check("a post of 24 characters!")) == {"min_chars"}


def test_copied_run_of_eight_words_is_caught():
    copied = "honestly the fog rolled in over the harbour this evening, what a sight"
    verdict = gate().check(copied)
    run = next(c for c in verdict.checks if c.name == "no_copied_run")
    assert not run.passed and run.score == 8  # "the fog rolled in over the harbour this"
    seven = "honestly the fog rolled in over the harbour, then the wind came"
    assert "no_copied_run" not in failed(gate().check(seven))
    assert "no_copied_run" not in failed(gate(ngram=10).check(copied))


def test_near_duplicates_are_caught_by_similarity():
    near = "Storm warning for tonight! Shutters down, kettle on, radio on the coastguard."
    verdict = gate().check(near)
    assert "not_similar" in failed(verdict)
    assert "Storm warning" in verdict.reason()
    fresh = "the lamp needs a new wick and i need a new pair of boots"
    assert gate().check(fresh).passed


def test_mentions_and_links_unless_allowed():
    post = "ask @gull.bsky.social about the tides, see example.org for charts"
    assert failed(gate().check(post)) == {"no_mentions", "no_links"}
    assert gate(allow_mentions=True, allow_links=True).check(post).passed
    assert "no_links" in failed(gate().check("read https://x.test/abc about lamps today"))
    assert gate().check("write to keeper@lighthouse, not a mention at all").passed
    assert gate().check("nothing @ all here, just a long enough sentence").passed


def test_banned_phrases_whole_words_any_case():
    g = gate(banned=["crypto", "buy now"])
    assert failed(g.check("Time to BUY NOW before the tide turns again")) == {"no_banned"}
    assert g.check("cryptography is not banned, just a long enough post").passed


@pytest.mark.parametrize("size", [0, 1])
def test_index_edge_cases(size):
    assert (
        Gate(GateOptions(), HISTORY[:size])
        .check("a perfectly ordinary sentence about boats")
        .passed
    )
    assert len(NoveltyIndex(HISTORY[:size])) == size


def test_a_character_cut_in_two_never_passes():
    verdict = gate().check("the lamp needs a new wick and i need boots \ufffd")
    assert not verdict.passed
    assert [check.name for check in verdict.failed] == ["no_broken_characters"]


def test_verdict_json_lists_every_check_with_score():
    data = gate().check("the lamp needs a new wick and i need boots").to_dict()
    assert data["passed"] is True
    names = [check["name"] for check in data["checks"]]
    assert names == [
        "not_empty",
        "fits",
        "no_broken_characters",
        "min_chars",
        "no_copied_run",
        "not_similar",
        "no_mentions",
        "no_links",
        "no_banned",
        "new_subject",
        "no_repeats",
    ]
    assert all("score" in check for check in data["checks"])


def shown(text: str, spans) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_the_verdict_names_the_closest_post_and_the_words_they_share():
    copied = "honestly the fog rolled in over the harbour this evening, what a sight"
    verdict = gate().check(copied)
    near = verdict.novelty
    assert near is not None and near.post == HISTORY[0] and 0 < near.similarity < 0.6
    run = "the fog rolled in over the harbour this"
    assert shown(copied, near.spans) == shown(near.post, near.post_spans) == [run]
    # Close but passing (half the limit or more): named too, every shared run marked.
    close = "Storm warning for the harbour. Shutters down, kettle on, radio tuned low."
    verdict = gate().check(close)
    assert verdict.passed and verdict.novelty is not None
    runs = ["Storm warning for", "Shutters down, kettle on, radio tuned"]
    assert shown(close, verdict.novelty.spans) == runs
    assert shown(verdict.novelty.post, verdict.novelty.post_spans) == runs
    assert gate().check("the lamp needs a new wick and i need a new pair of boots").novelty is None


def test_a_copy_names_the_post_it_came_from_even_when_another_is_more_alike():
    source = "one two three four five six seven eight " + " ".join(f"x{i}" for i in range(30))
    alike = "red green blue yellow"
    candidate = "one two three four five six seven eight red green blue yellow"
    near = Gate(GateOptions(), [alike, source]).check(candidate).novelty
    assert near is not None and near.post == source
    assert shown(candidate, near.spans) == ["one two three four five six seven eight"]


def test_a_stored_verdict_keeps_the_closest_post_and_old_rows_still_load():
    verdict = gate().check("honestly the fog rolled in over the harbour this evening, what a sight")
    stored = orjson.loads(orjson.dumps(verdict.to_dict()))  # as the state database keeps it
    assert Verdict.from_dict(stored) == verdict
    del stored["novelty"]  # a row written before verdicts named the closest post
    assert Verdict.from_dict(stored).novelty is None


@pytest.mark.parametrize(
    ("looping", "run", "times"),
    [
        ("the sea was calm at dawn. lamp lit. lamp lit. lamp lit. lamp lit. 🌊", "lamp lit", 4),
        ("jen came in with a cabbage, a cabbage, a cabbage, a cabbage and left", "a cabbage", 4),
        ("Lamp lit. lamp lit 🕯️ LAMP LIT.", "Lamp lit", 3),  # case, punctuation and emoji apart
        ("no no no no, not again", "no", 4),
        (
            "the ferry is late again today. the ferry is late again today. oh well",
            "the ferry is late again today",
            2,
        ),
        (  # a long run twice, not in a row
            "we waited at the pier for the boat, then we waited at the pier for the boat again",
            "we waited at the pier for",
            2,
        ),
    ],
)
def test_a_text_that_loops_is_refused_with_the_run_it_repeats(looping, run, times):
    verdict = gate(min_chars=1).check(looping)
    assert failed(verdict) == {"no_repeats"}
    check = next(c for c in verdict.checks if c.name == "no_repeats")
    assert check.detail == f"repeats {run!r} {times} times" and check.score == times


@pytest.mark.parametrize(
    "person",
    [
        "no no no, the kettle is not broken, it is just slow",  # three times: a person's
        "in the log: wind sw 7. in the morning the wind was in the west, in the evening calm",
        "ha ha ha that gull again",
        "i have a cup, do you have a cup?",  # a short run twice is speech, not a loop
    ],
)
def test_a_persons_repetition_passes(person):
    assert "no_repeats" not in failed(gate(min_chars=1).check(person))


def test_refuse_repeats_can_be_turned_off():
    assert gate(min_chars=1, refuse_repeats=False).check("lamp lit. lamp lit. lamp lit.").passed


RECENT = [
    "biscuit asleep on the chart table again",
    "fog all morning, bertha going every two minutes",
    "biscuit has found the warm spot by the lamp",
    "tam brought the post over, no letters for me",
    "wind sw 7, the sound is white",
]


def test_a_subject_of_two_of_the_last_posts_is_ranked_lower_and_the_verdict_names_it():
    subjects = Gate(GateOptions(min_chars=1), HISTORY, RECENT)
    verdict = subjects.check("Biscuit is chasing the gulls off the gallery")
    assert verdict.passed and [c.name for c in verdict.against] == ["new_subject"]
    check = verdict.against[0]
    assert check.detail == "biscuit: in 2+ of the last 5 posts" and check.score == 1
    assert verdict.reason() == "new_subject: biscuit: in 2+ of the last 5 posts"
    # once in the last five is a subject a person comes back to; short words never count
    assert subjects.check("more fog tonight, the lamp is on early").passed
    # only the last `recent_posts` count: the first biscuit post is out of the last four
    assert (
        Gate(GateOptions(min_chars=1, recent_posts=4), HISTORY, RECENT)
        .check("Biscuit is chasing the gulls off the gallery")
        .passed
    )
    assert (
        Gate(GateOptions(min_chars=1, recent_posts=0), HISTORY, RECENT)
        .check("Biscuit is chasing the gulls off the gallery")
        .passed
    )
