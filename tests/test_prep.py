"""`bobby prep`: which posts become samples, in which file, in what form.

Posts are written as `bobby export` writes them; the output is read back the way
`mlx_lm.lora` reads it (mlx-lm's own dataset loader, with real tokenizers), so a test
passing means the trainer gets what the test says.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from bobby.errors import InputError, ModelError
from bobby.prep import PrepOptions, prep
from bobby.prep.split import holdout_sizes
from bobby.prep.text import clean, near_key
from bobby.prompt import DEFAULT_TEMPLATES, load_prep_info, prompt_for, reply_request
from tests.fifo import fifo
from tests.tiny_tokenizer import CHATML, QWEN3, write_tokenizer

LONG = "a post long enough to pass the default filter"


def post(id: str, text: str, kind: str = "post", day: int = 1, **fields: Any) -> dict[str, Any]:
    """A canonical post as `bobby export` writes it; `day` of March 2024, or a full time."""
    created = fields.pop("created_at", f"2024-03-{day:02d}T12:00:00Z")
    return {
        "id": id,
        "source": fields.pop("source", "twitter"),
        "created_at": created,
        "text": text,
        "kind": kind,
        "reply_to_id": fields.pop("reply_to_id", None),
        "lang": fields.pop("lang", "en"),
        "urls": [],
        "mentions": [],
        "hashtags": [],
        "has_media": False,
        "like_count": 0,
        "repost_count": 0,
        **fields,
    }


def write_posts(posts: list[dict[str, Any]], path: Path = Path("data/posts.jsonl")) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(p) + b"\n" for p in posts))
    return path


def many(count: int, **fields: Any) -> list[dict[str, Any]]:
    """`count` distinct posts, one a day from 2020 on (distinct words, so no duplicates)."""
    return [
        post(
            str(n),
            f"post number {n} says {' '.join(str(n * 7 + k) for k in range(3))}",
            created_at=f"{2020 + n // 300}-{1 + n // 25 % 12:02d}-{1 + n % 25:02d}T10:00:00Z",
            **fields,
        )
        for n in range(count)
    ]


def run(**settings: Any) -> tuple[Any, dict[str, list[dict[str, Any]]]]:
    """prep() with `settings`; the report and the records of each file written."""
    report = prep(PrepOptions(**settings))
    out = Path(settings.get("out_dir", "data"))
    files = {
        name: [orjson.loads(line) for line in (out / f"{name}.jsonl").read_bytes().splitlines()]
        if (out / f"{name}.jsonl").exists()
        else []
        for name in ("train", "valid", "test")
    }
    return report, files


def texts(files: dict[str, list[dict[str, Any]]], format: str = "chat") -> list[str]:
    """Every post of every file, whatever the format."""
    found = []
    for records in files.values():
        for record in records:
            found.append(
                {
                    "chat": lambda r: r["messages"][-1]["content"],
                    "completions": lambda r: r["completion"],
                    "text": lambda r: r["text"],
                }[format](record)
            )
    return found


@pytest.fixture(scope="session")
def chatml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tokenizer(tmp_path_factory.mktemp("chatml"), CHATML)


@pytest.fixture(scope="session")
def qwen3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tokenizer(tmp_path_factory.mktemp("qwen3"), QWEN3, thinking=True)


# ---- what mlx-lm reads ------------------------------------------------------


def mlx_load(out_dir: Path, tokenizer: Any, mask_prompt: bool) -> tuple[Any, Any, Any]:
    """The three sets exactly as `mlx_lm.lora --data out_dir` loads them."""
    from mlx_lm.tuner.datasets import load_dataset

    args = SimpleNamespace(
        data=str(out_dir), train=True, test=True, mask_prompt=mask_prompt, hf_dataset=None
    )
    return load_dataset(args, tokenizer)


@pytest.mark.parametrize("format", ["chat", "completions"])
@pytest.mark.parametrize("model", ["chatml", "qwen3"])
def test_chat_formats_load_in_mlx_lm_with_the_prompt_masked_up_to_the_post(
    format: str, model: str, request: pytest.FixtureRequest
) -> None:
    from bobby.prep.tokens import load_tokenizer

    folder = request.getfixturevalue(model)
    write_posts(many(40))
    report, files = run(format=format, model=str(folder))
    tokenizer = load_tokenizer(str(folder))
    train, valid, test = mlx_load(Path("data"), tokenizer, mask_prompt=True)
    assert (
        (len(train), len(valid), len(test))
        == (36, 2, 2)
        == tuple(len(files[name]) for name in ("train", "valid", "test"))
    )
    info = load_prep_info("data")
    end = tokenizer.decode(tokenizer.encode("<|im_end|>\n", add_special_tokens=False))
    for dataset, records in ((train, files["train"]), (test, files["test"])):
        for index, record in enumerate(records):
            tokens, offset = dataset.process(dataset[index])
            post_text = (
                record["messages"][-1]["content"] if format == "chat" else record["completion"]
            )
            template = record["messages"][0]["content"] if format == "chat" else record["prompt"]
            # mlx-lm trains on everything after the generation prompt: for Qwen3 that
            # includes the empty think block, which the data therefore assumes.
            think = "<think>\n\n</think>\n\n" if model == "qwen3" else ""
            assert tokenizer.decode(tokens[offset:]) == think + post_text + end
            # generate's prompt is the training sequence up to the post, exactly
            prompt = prompt_for(info, tokenizer, template)
            assert tokens[: len(prompt.tokens)] == prompt.tokens
            assert tokenizer.decode(tokens[len(prompt.tokens) :]) == post_text + end
    chat = report.prompt["chat_template"]
    assert chat["thinking"] is (model == "qwen3")
    assert chat["assistant_prefix"] == "<|im_start|>assistant\n" + (
        "<think>\n\n</think>\n\n" if model == "qwen3" else ""
    )
    assert report.prompt["enable_thinking"] is False


def test_text_format_loads_in_mlx_lm_as_plain_text(chatml: Path) -> None:
    from bobby.prep.tokens import load_tokenizer

    write_posts(many(30))
    report, files = run(format="text")
    tokenizer = load_tokenizer(str(chatml))
    train, valid, test = mlx_load(Path("data"), tokenizer, mask_prompt=False)
    assert (len(train), len(valid), len(test)) == (26, 2, 2)
    tokens, offset = train.process(train[0])
    assert offset == 0
    assert tokenizer.decode(tokens) == files["train"][0]["text"] + "<|im_end|>"
    assert set(files["train"][0]) == {"text"}
    assert report.prompt["chat_template"] is None and report.prompt["templates"] == []
    assert prompt_for(load_prep_info("data/prep.json"), tokenizer).tokens == [
        tokenizer.eos_token_id
    ]


def test_samples_use_the_templates_drawn_with_the_seed() -> None:
    write_posts(many(200))
    _, files = run()
    first = files["train"][0]
    assert first["messages"][0]["role"] == "user" and first["messages"][1]["role"] == "assistant"
    used = {record["messages"][0]["content"] for record in files["train"]}
    assert used == set(DEFAULT_TEMPLATES)
    assert len(DEFAULT_TEMPLATES) == 10
    _, again = run()
    assert again == files
    _, other = run(seed=7)
    assert [r["messages"][0]["content"] for r in other["train"]] != [
        r["messages"][0]["content"] for r in files["train"]
    ]


def test_templates_and_system_prompt_come_from_settings() -> None:
    write_posts(many(20))
    Path("bobby.toml").write_text(
        '[prep]\ntemplates = ["Post, please.", "Your turn."]\nsystem = "You are @me."\n'
    )
    from bobby.config import resolve

    report, files = run(**vars(resolve(PrepOptions, "prep", {})))
    for record in files["train"]:
        system, user, _ = record["messages"]
        assert system == {"role": "system", "content": "You are @me."}
        assert user["content"] in ("Post, please.", "Your turn.")
    assert report.prompt["templates"] == ["Post, please.", "Your turn."]
    assert report.prompt["system"] == "You are @me."
    with pytest.raises(InputError, match="system prompt needs --format chat"):
        prep(PrepOptions(format="text", system="You are @me."))


def test_prompt_for_rebuilds_the_training_prefix_with_system_prompt(chatml: Path) -> None:
    from bobby.prep.tokens import load_tokenizer

    write_posts(many(20))
    run(templates=["Post, please.", "Your turn."], system="You are @me.")
    tokenizer = load_tokenizer(str(chatml))
    info = load_prep_info("data")
    prompts = {prompt_for(info, tokenizer).text for _ in range(30)}
    assert prompts == {
        f"<|im_start|>system\nYou are @me.<|im_end|>\n<|im_start|>user\n{template}<|im_end|>\n<|im_start|>assistant\n"
        for template in ("Post, please.", "Your turn.")
    }
    record = orjson.loads(Path("data/train.jsonl").read_bytes().splitlines()[0])
    prompt = prompt_for(info, tokenizer, record["messages"][1]["content"])
    assert tokenizer.apply_chat_template(record["messages"])[: len(prompt.tokens)] == prompt.tokens


# ---- what goes in -----------------------------------------------------------


def test_defaults_keep_own_words_of_posts_threads_and_quotes() -> None:
    write_posts(
        [
            post("1", "A plain post of mine, long enough to keep.", day=1),
            post("2", "RT @someone: a retweet is not my own words at all", "retweet", day=2),
            post(
                "3",
                "@bob @carol I disagree with both of you on this one",
                "reply",
                day=3,
                reply_to_id="99",
            ),
            post(
                "4",
                "and the thread goes on with a second post",
                "self_reply",
                day=4,
                reply_to_id="1",
            ),
            post(
                "5",
                "My comment on the quoted post, kept. https://twitter.com/bob/status/123",
                "quote",
                day=5,
            ),
            post("6", "@alice.bsky.social: morning! a post that starts with a mention", day=6),
            post(
                "7",
                "Read this https://example.com/a?b=1 and then this www.example.org/x too",
                day=7,
            ),
            post("8", "too short", day=8),
            post("9", "https://example.com/only-a-link", day=9),
            post(
                "10",
                "and my own reply goes on after replying to bob",
                "self_reply",
                day=10,
                reply_to_id="3",
            ),
        ]
    )
    report, files = run()
    assert sorted(texts(files)) == sorted(
        [
            "A plain post of mine, long enough to keep.",
            "and the thread goes on with a second post",
            "My comment on the quoted post, kept.",
            "morning! a post that starts with a mention",
            "Read this and then this too",
        ]
    )
    assert report.dropped == {
        "retweets": 1,
        "replies to other people": 1,
        "own replies continuing a reply to someone": 1,
        "shorter than 20 characters": 1,
        "empty after cleaning": 1,
    }
    assert report.posts_in == 10 and report.samples["kept"] == 5


def test_kinds_setting_keeps_replies_without_their_mentions() -> None:
    write_posts(
        [
            post("1", "@bob @carol I disagree with both of you here", "reply", reply_to_id="9"),
            post("2", "my own reply under it continues", "self_reply", reply_to_id="1", day=2),
        ]
    )
    _, files = run(kinds=["reply", "self_reply"])
    assert sorted(set(texts(files))) == [  # (post 2 is also a reply sample: see below)
        "I disagree with both of you here",
        "my own reply under it continues",
    ]
    with pytest.raises(InputError, match="unknown kind 'replies'"):
        prep(PrepOptions(kinds=["replies"]))


def test_answers_to_posts_in_the_archive_are_also_reply_samples() -> None:
    write_posts(
        [
            post("1", "A thread about trains, part one.", day=1),
            post("2", "Part two of the thread on trains", "self_reply", day=2, reply_to_id="1"),
            post("3", "Part three, the end of the trains", "self_reply", day=3, reply_to_id="2"),
            post("4", "@bob answering someone else entirely", "reply", day=4, reply_to_id="77"),
        ]
    )
    report, files = run(kinds=["post", "reply", "self_reply"], valid_fraction=0, test_fraction=0)
    assert report.reply_samples == 2 and report.samples["train"] == 4 + 2
    asked = {r["messages"][-1]["content"]: r["messages"][-2]["content"] for r in files["train"]}
    assert asked["Part two of the thread on trains"] == reply_request(
        "A thread about trains, part one."
    )
    assert asked["Part three, the end of the trains"] == reply_request(
        "Part two of the thread on trains", "A thread about trains, part one."
    )
    assert load_prep_info(Path("data"))["reply_samples"] == 2
    report, files = run(format="text", valid_fraction=0, test_fraction=0)
    assert report.reply_samples == 0


def test_mentions_can_be_kept() -> None:
    write_posts([post("1", "@bob morning! this one starts with a mention")])
    _, files = run(strip_mentions=False, valid_fraction=0, test_fraction=0)
    assert texts(files) == ["@bob morning! this one starts with a mention"]


@pytest.mark.parametrize(
    ("mode", "expected", "dropped"),
    [
        (
            "keep",
            ["Look at this https://example.com/page today, really", "No link in this post at all"],
            {},
        ),
        ("strip", ["Look at this today, really", "No link in this post at all"], {}),
        ("drop-post", ["No link in this post at all"], {"posts with links (--links drop-post)": 1}),
    ],
)
def test_links(mode: str, expected: list[str], dropped: dict[str, int]) -> None:
    write_posts(
        [
            post("1", "Look at this https://example.com/page today, really"),
            post("2", "No link in this post at all", day=2),
            post("3", "Quoting: worth a read https://x.com/bob/status/1", "quote", day=3),
        ]
    )
    report, files = run(links=mode, valid_fraction=0, test_fraction=0)
    assert sorted(texts(files)) == sorted([*expected, "Quoting: worth a read"])
    assert report.dropped == dropped


def test_min_chars_keeps_only_long_posts() -> None:
    long = "x" * 170
    write_posts([post("1", long), post("2", "y" * 150, day=2), post("3", "z" * 160, day=3)])
    report, files = run(min_chars=160, valid_fraction=0, test_fraction=0)
    assert sorted(texts(files)) == sorted([long, "z" * 160])
    assert report.dropped == {"shorter than 160 characters": 1}


def test_date_range_is_inclusive_of_whole_days() -> None:
    write_posts(
        [
            post(str(day), f"{LONG} on day {day}", created_at=f"2024-03-{day:02d}T23:59:59Z")
            for day in range(1, 11)
        ]
    )
    report, files = run(since="2024-03-03", until="2024-03-05", valid_fraction=0, test_fraction=0)
    assert sorted(texts(files)) == [f"{LONG} on day {day}" for day in (3, 4, 5)]
    assert report.dropped == {"before 2024-03-03": 2, "after 2024-03-05": 5}
    _, files = run(since="2024-03-09T23:59:59+00:00", valid_fraction=0, test_fraction=0)
    assert sorted(texts(files)) == [f"{LONG} on day {day}" for day in (10, 9)]
    with pytest.raises(InputError, match="since 'March' is not a date"):
        prep(PrepOptions(since="March"))


def test_languages() -> None:
    write_posts(
        [
            post("1", f"{LONG} in English"),
            post("2", "una publicación bastante larga en español", day=2, lang="es"),
            post("3", "a post whose language nobody knows", day=3, lang=None),
        ]
    )
    report, files = run(langs=["es", "und"], valid_fraction=0, test_fraction=0)
    assert sorted(texts(files)) == [
        "a post whose language nobody knows",
        "una publicación bastante larga en español",
    ]
    assert report.dropped == {"language not es, und": 1}
    assert report.language == "es"  # of the posts kept: what the bot learns to write


def test_near_duplicates_are_dropped_keeping_the_oldest() -> None:
    write_posts(
        [
            post("1", "Good morning, everyone! Coffee time.", day=1),
            post("2", "Good morning, everyone! Coffee time.", day=2),  # exact
            post(
                "3", "good   morning everyone... coffee TIME", day=3
            ),  # case, spacing, punctuation
            post(
                "4",
                "Good morning everyone! Coffee time https://example.com",
                day=4,
            ),  # + link
            post("5", "Good morning, everyone! Tea time.", day=5),  # different words
            post("6", "🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉", day=6),
            post(
                "7", "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀", day=7
            ),  # only symbols: not "the same words"
        ]
    )
    report, files = run(links="keep", valid_fraction=0, test_fraction=0)
    assert sorted(texts(files)) == sorted(
        [
            "Good morning, everyone! Coffee time.",
            "Good morning, everyone! Tea time.",
            "🎉" * 20,
            "🚀" * 20,
        ]
    )
    assert report.dropped == {"near-duplicates": 2, "exact duplicates": 1}
    report, files = run(links="keep", dedup="exact", valid_fraction=0, test_fraction=0)
    assert report.dropped == {"exact duplicates": 1} and len(texts(files)) == 6
    report, files = run(links="keep", dedup="off", valid_fraction=0, test_fraction=0)
    assert report.dropped == {} and len(texts(files)) == 7


def test_text_cleaning_and_near_keys() -> None:
    assert (
        clean(".@bob @carol: hi there", quote=False, strip_mentions=True, strip_links=True)
        == "hi there"
    )
    assert (
        clean("hi @bob, see you", quote=False, strip_mentions=True, strip_links=True)
        == "hi @bob, see you"
    )
    assert (
        clean(
            "line one  \n\n\n\n line  two\t end https://t.co/x",
            quote=False,
            strip_mentions=True,
            strip_links=True,
        )
        == "line one\n\nline two end"
    )
    assert (
        clean(
            "my take https://x.com/a/status/12?s=20",
            quote=True,
            strip_mentions=True,
            strip_links=False,
        )
        == "my take"
    )
    assert near_key("Ｈｅｌｌｏ, World!! https://a.b") == near_key("hello world") == "hello world"


def test_join_threads_makes_one_sample_per_thread() -> None:
    write_posts(
        [
            post("1", "A thread about trains, part one.", day=1),
            post("2", "RT @x: interleaved retweet of someone", "retweet", day=2),
            post("3", "part two", "self_reply", day=3, reply_to_id="1"),
            post("4", "Another post, not in the thread.", day=4),
            post("5", "part three, the end", "self_reply", day=5, reply_to_id="3"),
            post("6", "https://only.a/link", "self_reply", day=6, reply_to_id="5"),
        ]
    )
    report, files = run(join_threads=True, valid_fraction=0, test_fraction=0)
    assert sorted(texts(files)) == [
        "A thread about trains, part one.\n\npart two\n\npart three, the end",
        "Another post, not in the thread.",
    ]
    assert report.threads == {"joined": 1, "posts": 4}
    assert report.dropped == {"retweets": 1}
    report, files = run(valid_fraction=0, test_fraction=0)  # not joined: short parts go
    assert sorted(texts(files)) == [
        "A thread about trains, part one.",
        "Another post, not in the thread.",
    ]


def test_weights_repeat_training_samples_only() -> None:
    posts = many(100) + [
        dict(p, id=f"b{p['id']}", source="bluesky", text=p["text"] + " on bluesky")
        for p in many(100)
    ]
    write_posts(posts)
    report, files = run(weights={"bluesky": 3})
    unweighted = report.samples["train_unweighted"]
    bluesky = report.weights["bluesky"]
    assert bluesky["weight"] == 3 and bluesky["weighted"] == 3 * bluesky["samples"]
    assert report.samples["train"] == unweighted + 2 * bluesky["samples"] == len(files["train"])
    train = texts({"train": files["train"]})
    assert all(train.count(text) == (3 if text.endswith("on bluesky") else 1) for text in train)
    held_out = texts({"valid": files["valid"], "test": files["test"]})
    assert len(held_out) == len(set(held_out)) == 20
    report, files = run(weights={"twitter": 0.5})
    assert 25 < report.weights["twitter"]["weighted"] < 65
    for bad, message in (
        ({"mastodon": 2}, "unknown weight source 'mastodon'"),
        ({"bluesky": 0}, "must be a number above 0"),
        ({"twitter": 1e9}, "and at most 100"),  # was a MemoryError
    ):
        with pytest.raises(InputError, match=message):
            prep(PrepOptions(weights=bad))


# ---- splits -----------------------------------------------------------------


def test_random_split_is_deterministic_for_a_seed() -> None:
    write_posts(many(400))
    report, files = run(out_dir="a")
    assert report.samples | {"kept": 0} == {
        "kept": 0,
        "train_unweighted": 360,
        "train": 360,
        "valid": 20,
        "test": 20,
    }
    everything = texts(files)
    assert len(set(everything)) == 400 == len(everything)
    run(out_dir="b")
    run(out_dir="c", seed=1)
    for name in ("train.jsonl", "valid.jsonl", "test.jsonl", "prep.json"):
        assert Path("a", name).read_bytes().replace(b'"a"', b'"b"') == Path(
            "b", name
        ).read_bytes().replace(b'"a"', b'"b"')
    assert Path("a/test.jsonl").read_bytes() != Path("c/test.jsonl").read_bytes()
    # the held-out posts come from the whole time range, not its end
    assert report.dates["test"][0] < "2021" and report.dates["test"][1] > "2021"


def test_time_split_holds_out_the_newest_posts() -> None:
    posts = many(100)
    write_posts(list(reversed(posts)))  # order of the file does not matter
    report, files = run(split="time")
    ordered = [p["text"] for p in posts]
    assert texts({"v": files["valid"]}) == ordered[90:95]
    assert texts({"t": files["test"]}) == ordered[95:]
    assert sorted(texts({"t": files["train"]})) == sorted(ordered[:90])
    assert (
        report.dates["train"][1]
        < report.dates["valid"][0]
        <= report.dates["valid"][1]
        < report.dates["test"][0]
    )
    _, again = run(split="time")
    assert again == files


def test_holdout_sizes_never_leave_training_empty() -> None:
    assert holdout_sizes(1000, 0.05, 0.05) == (50, 50)
    assert holdout_sizes(10, 0.05, 0.05) == (1, 1)
    assert holdout_sizes(2, 0.05, 0.05) == (1, 0)
    assert holdout_sizes(1, 0.05, 0.05) == (0, 0)
    assert holdout_sizes(100, 0.0, 0.1) == (0, 10)


def test_empty_splits_are_not_written_and_stale_ones_removed() -> None:
    write_posts(many(2))
    Path("data/test.jsonl").write_text('{"text": "stale"}\n')
    report, _ = run()
    assert not Path("data/test.jsonl").exists()
    assert report.files == {"train": "train.jsonl", "valid": "valid.jsonl"}
    assert report.samples["test"] == 0


# ---- prep.json, the report, tokens ------------------------------------------


def test_prep_json_records_how_the_files_were_made() -> None:
    from bobby.files import sha256_file

    path = write_posts(many(50))
    run(min_chars=5, weights={"bluesky": 2})
    info = load_prep_info(Path("data"))
    assert info["input"] == {"path": "data/posts.jsonl", "sha256": sha256_file(path)}
    assert info["settings"]["min_chars"] == 5 and info["settings"]["weights"] == {"bluesky": 2.0}
    assert info["posts_in"] == 50 and info["samples"]["train"] == 50 - sum(
        holdout_sizes(50, 0.05, 0.05)
    )
    assert info["prompt"]["format"] == "chat" and info["prompt"]["templates"] == DEFAULT_TEMPLATES
    assert info["prompt"]["chat_template"]["model"] is None and info["tokens"] is None
    assert set(info) >= {
        "version",
        "bobby_version",
        "dropped",
        "threads",
        "weights",
        "dates",
        "files",
    }


def test_token_statistics_with_a_model(chatml: Path) -> None:
    from bobby.prep.tokens import load_tokenizer

    write_posts([post(str(n), "coffee " * (5 + 10 * n), day=1 + n) for n in range(20)])
    report, files = run(model=str(chatml), max_seq_length=200, weights={"twitter": 2})
    tokenizer = load_tokenizer(str(chatml))
    lengths = sorted(
        len(tokenizer.apply_chat_template(r["messages"])) for rs in files.values() for r in rs
    )
    tokens = report.tokens
    assert tokens["samples"] == len(lengths) == 38  # 18 training samples twice, 1 + 1 held out
    assert (tokens["max"], tokens["total"], tokens["median"]) == (
        lengths[-1],
        sum(lengths),
        lengths[19],
    )
    assert tokens["over_max_seq_length"] == sum(length > 200 for length in lengths) > 0
    Path("bobby.toml").write_text("[train]\nmax_seq_length = 10000\n")
    report, _ = run(model=str(chatml))
    assert report.tokens["max_seq_length"] == 10000 and report.tokens["over_max_seq_length"] == 0


def test_a_model_without_chat_template_needs_the_text_format(tmp_path: Path) -> None:
    folder = write_tokenizer(tmp_path / "plain", None)
    write_posts(many(20))
    with pytest.raises(ModelError, match="no chat template; use --format text"):
        prep(PrepOptions(model=str(folder)))
    report, _ = run(model=str(folder), format="text")
    assert report.tokens["samples"] == 20
    from bobby.prep.tokens import load_tokenizer

    chat_info = {"prompt": {"format": "chat", "templates": ["Write a post."], "system": None}}
    with pytest.raises(ModelError, match="cannot render a chat"):
        prompt_for(chat_info, load_tokenizer(str(folder)))
    with pytest.raises(ModelError, match="nowhere: no such file or folder"):
        prep(PrepOptions(model=str(tmp_path / "nowhere")))


def test_cli_report_and_json(cli) -> None:
    write_posts([*many(30), post("r", "RT @x: someone else's words entirely", "retweet")])
    result = cli(
        "prep",
        "--json",
        "--weight",
        "twitter=2",
        "--kind",
        "post",
        "--kind",
        "retweet",
        "--min-chars",
        "5",
    )
    assert result.exit_code == 0, result.stderr
    report = orjson.loads(result.stdout)
    assert report["samples"]["kept"] == 31 and report["settings"]["kinds"] == ["post", "retweet"]
    assert report["weights"]["twitter"]["weighted"] == 2 * report["weights"]["twitter"]["samples"]
    assert "31 samples from 31 posts" in result.stderr and "twitter ×2" in result.stderr
    result = cli("prep")
    assert result.exit_code == 0
    assert "1  retweets" in result.stderr and result.stdout == ""


def test_settings_from_bobby_toml_environment_and_flags(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_posts([post(str(n), "x" * (10 * n), day=1 + n) for n in range(1, 11)])
    Path("bobby.toml").write_text(
        '[prep]\nmin_chars = 55\nweights = { twitter = 2 }\nsplit = "time"\n'
    )
    report = orjson.loads(cli("prep", "--json").stdout)
    assert (
        report["samples"]["kept"] == 5
        and report["settings"]["split"] == "time"
        and report["weights"]["twitter"]["weight"] == 2
    )
    monkeypatch.setenv("BOBBY_PREP_MIN_CHARS", "75")
    assert orjson.loads(cli("prep", "--json").stdout)["samples"]["kept"] == 3
    assert orjson.loads(cli("prep", "--json", "--min-chars", "95").stdout)["samples"]["kept"] == 1


# ---- bad input --------------------------------------------------------------


def outputs() -> dict[str, bytes]:
    return {
        name: Path("data", name).read_bytes()
        for name in ("train.jsonl", "valid.jsonl", "test.jsonl", "prep.json")
    }


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, [], "data/posts.jsonl: no such file (run `bobby export` first)"),
        (b"", [], "data/posts.jsonl: no posts in it"),
        (b'{"id": "1"}\n{"id": ', [], "data/posts.jsonl, line 1: 'source' is missing"),
        (b"LINE1\n\n{oops}\n", [], "data/posts.jsonl, line 1: not valid JSON"),
        (b"GOOD\n\n{oops}\n", [], "data/posts.jsonl, line 3: not valid JSON"),
        (b'GOOD\n["a list"]\n', [], "data/posts.jsonl, line 2: not a post"),
        (
            b"GOOD\nBADKIND\n",
            [],
            "data/posts.jsonl, line 2: kind 'boost' is not one of post, reply",
        ),
        (
            b"GOOD\nBADTIME\n",
            [],
            "data/posts.jsonl, line 2: created_at '2024-03-01 12:00' is not YYYY-MM-DDTHH:MM:SSZ",
        ),
        (b"GOOD\nBADLANG\n", [], "data/posts.jsonl, line 2: 'lang' is not a string or null"),
        (b"GOOD\nGOOD\nNOTUTF8\n", [], "data/posts.jsonl, line 3: not UTF-8 text"),
        (
            b"GOOD\n",
            ["--min-chars", "500"],
            "data/posts.jsonl: the filters left no samples (of 1 posts: 1 shorter than 500 characters)",
        ),
        (
            b"GOOD\n",
            ["--format", "sharegpt"],
            "--format = 'sharegpt' is not one of chat, completions, text",
        ),
        (b"GOOD\n", ["--links", "nuke"], "--links = 'nuke' is not one of keep, strip, drop-post"),
        (b"GOOD\n", ["--split", "weekly"], "--split = 'weekly' is not one of random, time"),
        (b"GOOD\n", ["--weight", "bluesky"], "weight 'bluesky' is not SOURCE=N"),
        (
            b"GOOD\n",
            ["--valid-fraction", "0.6", "--test-fraction", "0.5"],
            "must be between 0 and 1 and leave something to train on",
        ),
    ],
)
def test_bad_input_is_one_line_and_leaves_earlier_files_alone(
    cli, content: bytes | None, args: list[str], message: str
) -> None:
    write_posts(many(40))
    assert cli("prep").exit_code == 0
    before = outputs()
    good = orjson.dumps(post("g", LONG))
    path = Path("data/posts.jsonl")
    if content is None:
        path.unlink()
    else:
        bad = {
            b"BADKIND": post("b", LONG, "boost"),
            b"BADTIME": post("b", LONG, created_at="2024-03-01 12:00"),
            b"BADLANG": post("b", LONG, lang=5),
        }
        for key, value in bad.items():
            content = content.replace(key, orjson.dumps(value))
        not_utf8 = good.replace(LONG.encode(), b"caf\xe9 au lait, " + LONG.encode())  # Latin-1
        content = content.replace(b"GOOD", good).replace(b"NOTUTF8", not_utf8)
        path.write_bytes(content.replace(b"LINE1", b"{oops"))
    result = cli("prep", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert outputs() == before


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('min_chars = "20"', "[prep] min_chars = '20' is not a valid int"),
        ('weights = "bluesky=3"', "[prep] weights = 'bluesky=3' is not a valid dict[str, float]"),
        ("seed = -1", "[prep] seed = -1 must be at least 0"),
        ("colour = 3", "unknown setting 'colour' in [prep]"),
    ],
)
def test_bad_settings_in_bobby_toml(cli, toml: str, message: str) -> None:
    write_posts(many(5))
    Path("bobby.toml").write_text(f"[prep]\n{toml}\n")
    result = cli("prep")
    assert result.exit_code == 1 and message in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_as_posts_is_refused_not_waited_on(cli) -> None:
    Path("data").mkdir()
    with fifo(Path("data/posts.jsonl")):
        result = cli("prep")
    assert result.exit_code == 1 and "data/posts.jsonl: is not a regular file" in result.stderr


def test_a_full_disk_leaves_the_previous_set_whole(cli) -> None:
    """The outputs of a run are one unit. The file size limit (RLIMIT_FSIZE) fails writes
    as a full disk does: test.jsonl, made the largest, fails after train and valid were
    written, and none of the new files may replace the old ones."""
    import signal
    import subprocess
    import sys

    resource = pytest.importorskip("resource")
    write_posts(many(40))
    assert cli("prep").exit_code == 0
    before = outputs()
    write_posts(
        [post(str(n), f"{LONG}, now with more words: {n} " * 3, day=1 + n % 28) for n in range(400)]
    )
    args = ["--valid-fraction", "0.1", "--test-fraction", "0.7"]
    assert cli("prep", *args, "--out-dir", "trial").exit_code == 0
    sizes = {path.name: path.stat().st_size for path in Path("trial").iterdir()}
    limit = (sizes["test.jsonl"] + max(sizes["train.jsonl"], sizes["valid.jsonl"])) // 2
    assert sizes["train.jsonl"] < limit < sizes["test.jsonl"]

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    result = subprocess.run(
        [sys.executable, "-m", "bobby", "prep", *args],
        capture_output=True, text=True, preexec_fn=small_files,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("Error: data/test.jsonl: cannot write it (File too large)")
    assert result.stderr.count("\n") == 1
    assert outputs() == before
    assert [path.name for path in Path("data").iterdir() if path.name.endswith(".tmp")] == []


def test_a_folder_given_as_posts(cli) -> None:
    Path("data/posts.jsonl").mkdir(parents=True)
    result = cli("prep")
    assert result.exit_code == 1 and "data/posts.jsonl: is a folder, not a file" in result.stderr


def test_lines_arrow_cannot_read_take_the_slow_path() -> None:
    posts = many(20)
    posts[3]["extra"] = {"nested": [1, "two"]}
    posts[4]["extra"] = "a string this time"
    path = write_posts(posts)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\n\n", 5))  # blank lines
    report, files = run()
    assert report.samples["kept"] == 20 and len(texts(files)) == 20


# ---- real archives ----------------------------------------------------------


def test_real_archive_excerpts_export_then_prep(cli, real_archives: Path) -> None:
    sources = [real_archives / "x_2024_alrocar", real_archives / "x_2017_tweetjs"]
    result = cli("export", *sources)
    assert result.exit_code == 0, result.stderr
    exported = [orjson.loads(line) for line in Path("data/posts.jsonl").read_bytes().splitlines()]
    result = cli("prep", "--json", "--min-chars", "10", "--join-threads")
    assert result.exit_code == 0, result.stderr
    report = orjson.loads(result.stdout)
    kinds = [p["kind"] for p in exported]
    assert report["posts_in"] == len(exported)
    assert report["dropped"]["retweets"] == kinds.count("retweet")
    assert report["dropped"]["replies to other people"] == kinds.count("reply")
    samples = texts(
        {
            "all": [
                orjson.loads(line)
                for name in ("train", "valid", "test")
                if Path(f"data/{name}.jsonl").exists()
                for line in Path(f"data/{name}.jsonl").read_bytes().splitlines()
            ]
        }
    )
    assert len(samples) == report["samples"]["kept"] > 0
    assert not any("http" in text or text.startswith("@") for text in samples)
    # the thread of alrocar's archive ("TIL ..." and its short reply) is one sample
    assert any(text.startswith("TIL") and text.endswith("antes y después") for text in samples)
    assert os.path.getsize("data/prep.json") > 0
