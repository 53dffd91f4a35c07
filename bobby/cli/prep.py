"""`bobby prep`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bobby.cli import ui
from bobby.layout import SPLITS

if TYPE_CHECKING:
    from rich.table import Table

FILTERS = "What goes in"
OUTPUT = "Output"


def _option(help: str, *names: str, default: str | bool = False, panel: str = FILTERS) -> Any:
    """An option that is None unless given, so that bobby.toml and PrepOptions supply
    the default; `default` is what the help shows as such."""
    return typer.Option(*names, help=help, show_default=default, rich_help_panel=panel)


def prep(
    posts: Annotated[
        Path | None,
        _option("The posts file of `bobby export`.", default="data/posts.jsonl", panel=OUTPUT),
    ] = None,
    out_dir: Annotated[
        Path | None,
        _option("Where train/valid/test.jsonl and prep.json go.", default="data", panel=OUTPUT),
    ] = None,
    format: Annotated[
        str | None,
        _option(
            "chat, completions or text (mlx-lm's formats).",
            "--format",
            "-f",
            default="chat",
            panel=OUTPUT,
        ),
    ] = None,
    seed: Annotated[
        int | None,
        _option("Seed of the split, the prompts and the weights.", default="42", panel=OUTPUT),
    ] = None,
    split: Annotated[
        str | None,
        _option(
            "random, or time: the newest samples become valid and test.",
            default="random",
            panel=OUTPUT,
        ),
    ] = None,
    valid_fraction: Annotated[
        float | None, _option("Share of samples in valid.jsonl.", default="0.05", panel=OUTPUT)
    ] = None,
    test_fraction: Annotated[
        float | None, _option("Share of samples in test.jsonl.", default="0.05", panel=OUTPUT)
    ] = None,
    template: Annotated[
        list[str] | None,
        _option("A prompt asking for a post (repeat; replaces the ten defaults).", panel=OUTPUT),
    ] = None,
    system: Annotated[
        str | None, _option("A system prompt for every sample (chat format).", panel=OUTPUT)
    ] = None,
    model: Annotated[
        str | None,
        _option("Count tokens with this model's tokenizer (anything --model takes).", panel=OUTPUT),
    ] = None,
    max_seq_length: Annotated[
        int | None,
        _option(
            "With --model: count samples longer than this.",
            default="max_seq_length of bobby.toml's train table, else 256",
            panel=OUTPUT,
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        _option(
            "Kind of post to keep: post, reply, self_reply, quote, retweet (repeat).",
            default="post, self_reply, quote",
        ),
    ] = None,
    join_threads: Annotated[
        bool | None,
        _option(
            "Join each thread of your own into one sample.",
            "--join-threads/--no-join-threads",
            default="no",
        ),
    ] = None,
    strip_mentions: Annotated[
        bool | None,
        _option(
            "Remove the @handles a post starts with.",
            "--strip-mentions/--keep-mentions",
            default="strip",
        ),
    ] = None,
    links: Annotated[
        str | None, _option("keep, strip (from the text) or drop-post.", default="strip")
    ] = None,
    min_chars: Annotated[
        int | None, _option("Drop posts shorter than this after cleaning.", default="20")
    ] = None,
    lang: Annotated[
        list[str] | None,
        _option("Keep only posts in this language (repeat; und = unknown).", default="all"),
    ] = None,
    since: Annotated[
        str | None, _option("Keep posts from this date (YYYY-MM-DD) or ISO time on.")
    ] = None,
    until: Annotated[
        str | None, _option("Keep posts up to this date (the whole day) or time.")
    ] = None,
    dedup: Annotated[
        str | None, _option("near (same words), exact (same text) or off.", default="near")
    ] = None,
    weight: Annotated[
        list[str] | None,
        _option("SOURCE=N: use training samples of twitter or bluesky N times (repeat)."),
    ] = None,
    json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print the report (prep.json) on stdout.", rich_help_panel=OUTPUT
        ),
    ] = False,
) -> None:
    """Turn your posts into training data: train/valid/test.jsonl for mlx-lm, and prep.json.

    Every option can also be set in bobby.toml under [prep] (for example
    `weights = {bluesky = 3}`, `templates = ["..."]`) or as BOBBY_PREP_<OPTION>.
    """
    from bobby.config import resolve
    from bobby.models import DEFAULT_MODEL
    from bobby.models.language import language_warning
    from bobby.prep import PrepOptions, parse_weights
    from bobby.prep import prep as run

    flags: dict[str, Any] = {
        "posts": posts,
        "out_dir": out_dir,
        "format": format,
        "seed": seed,
        "split": split,
        "valid_fraction": valid_fraction,
        "test_fraction": test_fraction,
        "templates": template or None,
        "system": system,
        "model": model,
        "max_seq_length": max_seq_length,
        "kinds": kind or None,
        "join_threads": join_threads,
        "strip_mentions": strip_mentions,
        "links": links,
        "min_chars": min_chars,
        "langs": lang or None,
        "since": since,
        "until": until,
        "dedup": dedup,
        "weights": parse_weights(weight) if weight else None,
    }
    options = resolve(PrepOptions, "prep", flags)
    with ui.track("Preparing") as tracker:
        report = run(options, tracker.report)
    if json:
        ui.print_json(report.to_dict())
    ui.show(render(report))
    if warning := language_warning(DEFAULT_MODEL, report.language):
        ui.note(f"[yellow]Note:[/] the default model: {warning}")


def _counts(counts: dict[str, int]) -> str:
    return "\n".join(f"{count:>8,}  {reason}" for reason, count in counts.items())


def render(report: Any) -> Table:
    """The report as one table: what came in, what each rule dropped, what went out."""
    samples = report.samples
    out_dir = report.settings["out_dir"]
    written = sum(samples[name] for name in SPLITS)  # reply samples included: what the files hold
    table = ui.facts(f"{written:,} samples from {report.posts_in:,} posts, written to {out_dir}")
    table.add_row("posts in", f"{report.posts_in:>8,}  {report.input['path']}")
    if report.dropped:
        table.add_row("dropped", _counts(report.dropped))
    if report.threads["joined"]:
        table.add_row(
            "threads",
            f"{report.threads['joined']:>8,}  joined from {report.threads['posts']:,} posts",
        )
    table.add_row("samples", _counts({name: samples[name] for name in ("train", "valid", "test")}))
    if report.reply_samples:
        table.add_row("replies", f"{report.reply_samples:>8,}  of them answer a post of yours")
    for source, weight in report.weights.items():
        if weight["weight"] != 1:
            table.add_row(
                "weight",
                f"{source} ×{weight['weight']:g}: {weight['samples']:,} → {weight['weighted']:,} training samples",
            )
    for name, (first, last) in report.dates.items():
        table.add_row("dates" if name == "train" else "", f"{name:>8}  {first[:10]} to {last[:10]}")
    prompt = report.prompt
    described = f"{prompt['format']}" + (
        f", {len(prompt['templates'])} prompt templates" if prompt["templates"] else ""
    )
    table.add_row("format", described)
    if tokens := report.tokens:
        table.add_row(
            "tokens",
            f"mean {tokens['mean']:g}, median {tokens['median']}, p95 {tokens['p95']}, max {tokens['max']} "
            f"({tokens['total']:,} in all)\n{tokens['over_max_seq_length']:,} samples over max_seq_length {tokens['max_seq_length']}",
        )
    return table
