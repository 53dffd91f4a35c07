"""The prompt recipe: the samples' prompts, which `prep` writes and `generate` reads.

A fine-tune learns to continue a precise token sequence. `mlx_lm.lora` renders each
chat or completions sample with the model's chat template (through mlx-lm's
`TokenizerWrapper.apply_chat_template`, with no extra arguments), and the adapter only
works as well at generation time as the prompt there matches that rendering. The catch
is in thinking templates such as Qwen3's: rendering a whole conversation puts an empty
`<think>\\n\\n</think>\\n\\n` before the last assistant turn, while a plain generation prompt
(`add_generation_prompt=True`) stops before it. The samples hold no reasoning, so the
data assumes `enable_thinking=False`: the post follows the empty think block.

`prompt_for` therefore does not re-derive the prompt from template arguments. It renders
a sample with a placeholder as the post, with the same call training makes, and keeps
everything before the placeholder: the exact prefix of the training sequence, for any
template.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bobby.errors import InputError, ModelError
from bobby.files import read_json
from bobby.layout import PREP

if TYPE_CHECKING:
    import numpy as np

# The longest sample training takes, in tokens (`bobby train --max-seq-length`'s default);
# prep counts how many samples it would cut.
MAX_SEQ_LENGTH = 256

# Stands for the post while a sample is rendered; nothing a template does to content
# (trimming, splitting on </think>) can touch it.
_PLACEHOLDER = "\ue000bobby-post\ue000"

# Short, plain requests: the model learns to answer any of them with a post in the
# person's voice, so at generation time one of them (or a new one like them) is enough.
DEFAULT_TEMPLATES = [
    "Write a post in your own voice.",
    "Write a new post.",
    "Post something you would post.",
    "Write a post for your followers.",
    "What's on your mind? Write a post.",
    "Write a short post like the ones you usually write.",
    "Share a thought in a post.",
    "Write your next post.",
    "Write a post, in your usual style.",
    "Say something to your followers.",
]

FAMILIES = (  # marker in the template -> conventional name, for people reading prep.json
    ("<|im_start|>", "chatml"),
    ("<|start_header_id|>", "llama3"),
    ("<start_of_turn>", "gemma"),
    ("[INST]", "mistral"),
)


def reply_request(post: str, root: str | None = None) -> str:
    """The reply form of the request: answer `post` (in a thread that began with `root`,
    when that is another post). `prep` writes reply samples with it and `bobby reply`
    prompts with it, so the two match exactly."""
    thread = f"A thread begins:\n{root}\n\n" if root else ""
    return f"{thread}Reply to this post in your own voice:\n{post}"


@dataclass
class Prompt:
    """What the model is given before it writes a post.

    Attributes:
        text: the rendered prompt (special tokens as text), for logs.
        tokens: its token ids, to pass to mlx-lm's generate as they are (encoding `text`
            again could add a BOS token that training did not have).
    """

    text: str
    tokens: list[int]


def messages(template: str, post: str, system: str | None) -> list[dict[str, str]]:
    """One chat sample: [system], user asking with `template`, assistant answering `post`."""
    head = [{"role": "system", "content": system}] if system else []
    return [*head, {"role": "user", "content": template}, {"role": "assistant", "content": post}]


def records(
    posts: list[str],
    format: str,
    templates: list[str],
    system: str | None,
    rng: np.random.Generator,
) -> list[dict[str, Any]]:
    """Samples in one of mlx-lm's formats, each with a template drawn from `rng`."""
    if format == "text":
        return [{"text": post} for post in posts]
    picks = rng.integers(len(templates), size=len(posts)).tolist()
    if format == "completions":
        return [
            {"prompt": templates[pick], "completion": post}
            for pick, post in zip(picks, posts, strict=True)
        ]
    return [
        {"messages": messages(templates[pick], post, system)}
        for pick, post in zip(picks, posts, strict=True)
    ]


def load_prep_info(path: str | Path) -> dict[str, Any]:
    """prep.json as written by `bobby prep` (a folder means its prep.json)."""
    path = Path(path)
    info = read_json(path / PREP if path.is_dir() else path)
    if not isinstance(info, dict) or not isinstance(info.get("prompt"), dict):
        raise InputError(f"{path}: not a prep.json written by `bobby prep`")
    return info


def _render_prefix(tokenizer: Any, system: str | None, template: str) -> str:
    try:
        rendered = tokenizer.apply_chat_template(
            messages(template, _PLACEHOLDER, system), tokenize=False
        )
    except ValueError as err:  # transformers' way of saying there is no chat template
        raise ModelError(f"the model's tokenizer cannot render a chat ({err})") from None
    if _PLACEHOLDER not in rendered:
        raise ModelError(
            "the model's chat template drops the assistant's message; it cannot be trained on chat samples"
        )
    return rendered[: rendered.index(_PLACEHOLDER)]


def prompt_for(prep_info: dict[str, Any], tokenizer: Any, template: str | None = None) -> Prompt:
    """The prompt that makes the model write a post the way its training samples did.

    Args:
        prep_info: prep.json of the data the adapter was trained on (`load_prep_info`).
        tokenizer: the model's tokenizer: mlx-lm's `TokenizerWrapper` (what `mlx_lm.load`
            returns, and what training used) or a Hugging Face tokenizer.
        template: the request to make; None picks one of the data's templates at random,
            as each training sample did. Any other text works too, but the model has
            only been trained on those.

    Returns:
        The prompt as text and as token ids. For the `text` format there is no prompt:
        the tokens are just the BOS token (or, for tokenizers without one, the EOS
        token, the only way to ask a model for text from nothing).
    """
    info = prep_info["prompt"]
    if info["format"] == "text":
        tokens = tokenizer.encode("")
        start = (
            tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
        )
        return Prompt("", tokens or [start])
    if template is None:
        import random

        template = random.choice(info["templates"])
    text = _render_prefix(tokenizer, info.get("system"), template)
    return Prompt(text, tokenizer.encode(text, add_special_tokens=False))


def describe(
    format: str,
    templates: list[str],
    system: str | None,
    tokenizer: Any = None,
    model: str | None = None,
) -> dict[str, Any]:
    """The `prompt` section of prep.json: what generate needs to prompt as training did.

    Without a tokenizer the chat template is not known yet (it is the one of whatever
    model `bobby train` uses); with one, its hash, family and the exact text that
    precedes every post are recorded, so a mismatch can be seen.
    """
    info: dict[str, Any] = {
        "format": format,
        "templates": [] if format == "text" else list(templates),
        "system": system,
        "template_choice": None
        if format == "text"
        else "one template per sample, uniformly at random with the seed",
        "chat_template": None,
        "enable_thinking": None if format == "text" else False,
    }
    if format == "text":
        return info
    chat: dict[str, Any] = {
        "applied_by": "mlx_lm",
        "model": model,
        "family": None,
        "sha256": None,
        "thinking": None,
        "assistant_prefix": None,
    }
    if tokenizer is not None:
        import hashlib

        source = tokenizer.chat_template
        if not isinstance(source, str):
            raise ModelError(f"{model}: the tokenizer has no chat template; use --format text")
        head = tokenizer.apply_chat_template(
            messages(templates[0], "", system)[:-1], tokenize=False
        )
        prefix = _render_prefix(tokenizer, system, templates[0])
        think = getattr(tokenizer, "think_start", None)
        chat.update(
            family=next((name for marker, name in FAMILIES if marker in source), "other"),
            sha256=hashlib.sha256(source.encode()).hexdigest(),
            thinking=bool(think and think in source),
            assistant_prefix=prefix[len(head) :] if prefix.startswith(head) else None,
        )
    info["chat_template"] = chat
    return info
