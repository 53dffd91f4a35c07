"""Rebuilding a Hugging Face `tokenizer.json` from a GGUF file's tokenizer metadata.

A GGUF file carries its tokenizer as lists (tokens, merges, token types) plus the name of
the pre-tokenizer llama.cpp should use (`tokenizer.ggml.pre`). mlx-lm loads tokenizers
through Hugging Face `transformers`, which wants `tokenizer.json`; this module builds one
with the `tokenizers` library so that the text is split exactly as llama.cpp splits it.
Only byte-level BPE (`tokenizer.ggml.model = gpt2`, used by SmolLM2, Llama 3, Qwen, ...)
is handled; any other tokenizer is refused rather than approximated, since a tokenizer
that splits text slightly differently gives a model that works slightly worse, silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bobby.errors import ModelError

# llama.cpp's token types (llama.h, `enum llama_token_type`).
CONTROL, USER_DEFINED = 3, 4

_GPT2 = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)"
_LLAMA3 = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}"
    r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)

# `tokenizer.ggml.pre` -> how llama.cpp splits text before BPE (llama-vocab.cpp): the
# regular expressions it applies in turn, each splitting the pieces the last one left.
PRE_TOKENIZERS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["gpt-2", "mpt", "olmo", "jais"], (_GPT2,)),
    **dict.fromkeys(
        ["smollm", "starcoder", "refact", "command-r", "codeshell", "exaone"], (r"\p{N}", _GPT2)
    ),
    "llama-bpe": (_LLAMA3,),
}
# Pre-tokenizers after which llama.cpp looks a whole piece up before merging (Llama 3's
# `ignore_merges`), and adds a BOS token unless the file says otherwise.
WHOLE_PIECES = {"llama-bpe"}


def _pre_tokenizer(expressions: tuple[str, ...]) -> Any:
    from tokenizers import Regex, pre_tokenizers

    splits = [pre_tokenizers.Split(Regex(expr), behavior="isolated") for expr in expressions]
    return pre_tokenizers.Sequence(
        [*splits, pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)]
    )


def _scalar(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _merges(raw: list[str]) -> list[tuple[str, str]]:
    # llama.cpp splits a merge at the first space after its first character, so a
    # token that is itself a space still parses.
    pairs = []
    for merge in raw:
        cut = merge.find(" ", 1)
        pairs.append((merge[:cut], merge[cut + 1 :]))
    return pairs


def build(
    metadata: dict[str, Any], source: Path, context_length: int
) -> tuple[str, dict[str, Any]]:
    """`tokenizer.json` (as text) and `tokenizer_config.json` (as a dict) for a GGUF file.

    Args:
        metadata: the GGUF metadata, as `mx.load(..., return_metadata=True)` returns it.
        source: the GGUF file, for messages.
        context_length: the model's context, recorded as `model_max_length`.

    Raises:
        ModelError: the tokenizer is missing or of a kind bobby cannot rebuild exactly.
    """
    from tokenizers import AddedToken, Tokenizer, decoders, models, processors

    kind = metadata.get("tokenizer.ggml.model")
    if kind is None or "tokenizer.ggml.tokens" not in metadata:
        raise ModelError(f"{source}: the GGUF file has no tokenizer")
    if kind != "gpt2":
        raise ModelError(
            f"{source}: tokenizer type '{kind}' is not supported (bobby rebuilds byte-level BPE "
            "tokenizers, tokenizer.ggml.model = gpt2)"
        )
    pre = metadata.get("tokenizer.ggml.pre", "gpt-2")
    if pre not in PRE_TOKENIZERS:
        raise ModelError(
            f"{source}: tokenizer pre-processing '{pre}' is not supported "
            f"(supported: {', '.join(sorted(PRE_TOKENIZERS))})"
        )
    tokens: list[str] = metadata["tokenizer.ggml.tokens"]
    types = metadata.get("tokenizer.ggml.token_type")
    types = types.tolist() if types is not None else [1] * len(tokens)

    vocab = {token: index for index, token in enumerate(tokens)}
    merges = _merges(metadata.get("tokenizer.ggml.merges", []))
    tokenizer = Tokenizer(
        models.BPE(vocab=vocab, merges=merges, fuse_unk=False, ignore_merges=pre in WHOLE_PIECES)
    )
    tokenizer.pre_tokenizer = _pre_tokenizer(PRE_TOKENIZERS[pre])
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.add_special_tokens(
        [
            AddedToken(tokens[i], special=True, normalized=False)
            for i, t in enumerate(types)
            if t == CONTROL
        ]
    )
    tokenizer.add_tokens(
        [
            AddedToken(tokens[i], special=False, normalized=False)
            for i, t in enumerate(types)
            if t == USER_DEFINED
        ]
    )

    special = {}
    for role, key in (("bos", "bos"), ("eos", "eos"), ("unk", "unknown"), ("pad", "padding")):
        index = metadata.get(f"tokenizer.ggml.{key}_token_id")
        if index is not None and 0 <= int(_scalar(index)) < len(tokens):
            special[role] = int(_scalar(index))
    add_bos = "bos" in special and bool(
        _scalar(metadata.get("tokenizer.ggml.add_bos_token", pre in WHOLE_PIECES))
    )
    add_eos = (
        bool(_scalar(metadata.get("tokenizer.ggml.add_eos_token", False))) and "eos" in special
    )
    if add_bos or add_eos:
        # The template names the special tokens around each text, as Llama 3's does.
        first = [tokens[special["bos"]]] if add_bos else []
        last = [tokens[special["eos"]]] if add_eos else []
        used = {tokens[special[role]]: special[role] for role in ("bos", "eos") if role in special}
        tokenizer.post_processor = processors.TemplateProcessing(
            single=[*first, "$A", *last],
            pair=[*first, "$A", *last, *first, "$B", *last],
            special_tokens=list(used.items()),
        )

    config: dict[str, Any] = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "add_bos_token": add_bos,
        "add_eos_token": add_eos,
        "clean_up_tokenization_spaces": False,
        "model_max_length": context_length,
        **{f"{role}_token": tokens[index] for role, index in special.items()},
    }
    if template := metadata.get("tokenizer.chat_template"):
        config["chat_template"] = template
    return tokenizer.to_str(), config
