"""A model's tokenizer and chat template, read without transformers.

mlx-lm loads every tokenizer through Hugging Face transformers, whose import is the
largest part of a cold `bobby generate` (BENCHMARKS.md: 8.3 s of 23 s on an H100 host,
about 2 s on a 2-core CPU), for two things generation needs: token ids from
`tokenizer.json` (the `tokenizers` library does that work inside transformers too) and
the chat template, a Jinja template that transformers renders with a few helpers of its
own. `ChatTokenizer` does both the same way: the same `tokenizers` pipeline, the same
Jinja environment (sandboxed, `trim_blocks`, `lstrip_blocks`, its `tojson`,
`raise_exception` and `strftime_now`) and the same variables (the special tokens, and
mlx-lm's `enable_thinking`), so prompts and ids equal what training saw through mlx-lm
(tests/test_chat_tokenizer.py compares them with transformers').

Only tokenizers whose whole pipeline is in `tokenizer.json` are read this way (the
byte-level BPE of SmolLM2, Llama 3, Qwen...); for any other (SentencePiece classes that
rebuild their pipeline, templates that mlx-lm renders in Python) `read` returns None and
the caller uses mlx-lm's own, slower to import but the reference.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

# tokenizer_config.json classes that build nothing of their own over tokenizer.json.
PLAIN_CLASSES = {None, "PreTrainedTokenizerFast", "TokenizersBackend", "GPT2TokenizerFast"}
# Classes that transformers (5.x) gives a pipeline of their own, whatever tokenizer.json
# says (`Qwen2Tokenizer.__init__`): NFC, this split, byte-level, no post-processor.
QWEN2_CLASSES = {"Qwen2Tokenizer", "Qwen2TokenizerFast"}
QWEN2_SPLIT = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
SPECIAL_ROLES = ("bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token",
                 "mask_token")  # fmt: skip
# mlx-lm's markers of a model that thinks before answering (`tokenizer_utils`).
THINK_TOKENS = (("<think>", "</think>"), ("<longcat_think>", "</longcat_think>"),
                ("<|think:start|>", "<|think:end|>"))  # fmt: skip


def _content(token: Any) -> str | None:
    """A special token as tokenizer_config.json writes it: text, or {"content": text}."""
    return token.get("content") if isinstance(token, dict) else token


def _read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


class ChatTokenizer:
    """The subset of mlx-lm's `TokenizerWrapper` that bobby's generation uses."""

    def __init__(
        self, tokenizer: Any, config: dict[str, Any], template: str | None, eos: Iterable[int]
    ) -> None:
        self._tokenizer = tokenizer
        self.chat_template = template
        self.vocab_size = tokenizer.get_vocab_size(with_added_tokens=False)
        self.special_tokens = {
            role: text for role in SPECIAL_ROLES if (text := _content(config.get(role)))
        }
        self.bos_token_id = self._id("bos_token")
        self.eos_token_id = self._id("eos_token")
        self.eos_token_ids = {*eos, *([self.eos_token_id] if self.eos_token_id is not None else [])}
        self.clean_up = bool(config.get("clean_up_tokenization_spaces", False))
        self.think_start = next(
            (
                start
                for start, end in THINK_TOKENS
                if tokenizer.token_to_id(start) is not None
                and tokenizer.token_to_id(end) is not None
            ),
            None,
        )

    @functools.cached_property
    def vocab(self) -> dict[str, int]:
        """Token -> id, added tokens included: built when asked for (generation does not)."""
        return self._tokenizer.get_vocab(with_added_tokens=True)

    def _id(self, role: str) -> int | None:
        text = self.special_tokens.get(role)
        return self._tokenizer.token_to_id(text) if text is not None else None

    def encode(self, text: str, add_special_tokens: bool = True) -> list[int]:
        return self._tokenizer.encode(text, add_special_tokens=add_special_tokens).ids

    def decode(self, ids: Iterable[int]) -> str:
        text = self._tokenizer.decode(list(ids), skip_special_tokens=False)
        return _clean_up(text) if self.clean_up else text

    def apply_chat_template(
        self,
        messages: list[dict[str, Any]],
        tokenize: bool = True,
        add_generation_prompt: bool = False,
        **kwargs: Any,
    ) -> Any:
        """The chat as transformers renders it, called as mlx-lm calls it (which passes
        `enable_thinking`, True where the vocabulary has thinking tokens)."""
        if self.chat_template is None:
            raise ValueError("the tokenizer has no chat template")
        kwargs.setdefault("enable_thinking", self.think_start is not None)
        messages = [{k: v for k, v in m.items() if v is not None} for m in messages]
        text = _compiled(self.chat_template).render(
            messages=messages,
            tools=None,
            documents=None,
            add_generation_prompt=add_generation_prompt,
            **{**self.special_tokens, **kwargs},
        )
        return self.encode(text, add_special_tokens=False) if tokenize else text


def read(folder: Path, eos: Iterable[int] = ()) -> ChatTokenizer | None:
    """The tokenizer in an mlx-lm model folder, or None where only transformers can
    build it exactly (see the module's docstring).

    Args:
        folder: the model folder (tokenizer.json, tokenizer_config.json, chat template).
        eos: the model's own end-of-sequence ids (config.json, generation_config.json),
            which end generation beside the tokenizer's, as in mlx-lm.
    """
    from tokenizers import Tokenizer

    config = _read_json(folder / "tokenizer_config.json")
    kind = config.get("tokenizer_class")
    if not (folder / "tokenizer.json").is_file() or kind not in PLAIN_CLASSES | QWEN2_CLASSES:
        return None
    if "chat_template_type" in config or config.get("add_bos_token") or config.get("add_eos_token"):
        return None  # rendered in Python by mlx-lm, or a post-processor transformers rebuilds
    for role, token in _read_json(folder / "special_tokens_map.json").items():
        config.setdefault(role, token)
    template = config.get("chat_template")
    if (jinja := folder / "chat_template.jinja").is_file():
        template = jinja.read_text(encoding="utf-8")
    elif (legacy := folder / "chat_template.json").is_file():
        template = _read_json(legacy).get("chat_template")
    if not isinstance(template, str):
        return None  # a list of named templates, or none: transformers picks
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    if kind in QWEN2_CLASSES:
        _qwen2(tokenizer, bool(config.get("add_prefix_space")))
    return ChatTokenizer(tokenizer, config, template, eos)


def _qwen2(tokenizer: Any, add_prefix_space: bool) -> None:
    """The pipeline transformers' Qwen2Tokenizer builds over the vocabulary and merges."""
    from tokenizers import Regex, decoders, normalizers, pre_tokenizers

    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(QWEN2_SPLIT), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=add_prefix_space, use_regex=False),
        ]
    )
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.post_processor = None


def _clean_up(text: str) -> str:
    """transformers' `clean_up_tokenization`: no space before punctuation and contractions."""
    for before, after in ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"),
                          (" n't", "n't"), (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"),
                          (" 're", "'re")):  # fmt: skip
        text = text.replace(before, after)
    return text


@functools.cache
def _compiled(template: str) -> Any:
    """The template in transformers' Jinja environment (`chat_template_utils`)."""
    import jinja2
    from jinja2.ext import loopcontrols
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise jinja2.exceptions.TemplateError(message)

    def tojson(
        x: Any,
        ensure_ascii: bool = False,
        indent: int | None = None,
        separators: Any = None,
        sort_keys: bool = False,
    ) -> str:
        return json.dumps(
            x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys
        )

    class Namespace(jinja2.utils.Namespace):
        """transformers' namespace: no underscore-prefixed names (a sandbox escape)."""

        def __init__(*args: Any, **kwargs: Any) -> None:
            self, args = args[0], args[1:]
            attrs = dict(*args, **kwargs)
            for name in attrs:
                Namespace.check(name)
            jinja2.utils.Namespace.__init__(self, attrs)

        def __setitem__(self, name: str, value: Any) -> None:
            Namespace.check(name)
            jinja2.utils.Namespace.__setitem__(self, name, value)

        @staticmethod
        def check(name: Any) -> None:
            if isinstance(name, str) and name.startswith("_"):
                raise jinja2.exceptions.SecurityError(f"namespace attribute {name!r}")

    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols]
    )
    env.filters["tojson"] = tojson
    env.globals.update(
        raise_exception=raise_exception,
        strftime_now=lambda format: datetime.now().strftime(format),
        namespace=Namespace,
    )
    return env.from_string(template)
