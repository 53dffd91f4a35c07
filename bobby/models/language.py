"""Which language a model can write: said before anyone trains for minutes in vain.

A LoRA adapter teaches a base model a voice, not a language: SmolLM2 (the default, so that
a first try runs on any CPU) was trained on English text, and a thousand Russian posts
make it write pseudo-Russian nonsense. prep knows the posts' main language (prep.json's
`language`), so prep, train and eval can say so, and name a model that writes it.
"""

from __future__ import annotations

from pathlib import Path

from bobby.models import SMOLLM2

# Base models trained on English text only, by the name `--model` takes or their folder's.
ENGLISH_ONLY = (SMOLLM2,)
# A multilingual model that fits a Mac or a GPU (the original bot's).
MULTILINGUAL = "lmstudio-community/Qwen3-8B-MLX-4bit"


def language_warning(model: str, language: str | None) -> str | None:
    """Why `model` will not write posts in `language` well, and what to train instead;
    None where it will (English, an unknown language, a model not known to be English-only).

    Args:
        model: a `--model` value, or the path of a model's folder.
        language: a language code (`ru`, `pt-BR`), as prep.json's `language`.
    """
    if not language or language.split("-")[0].lower() in ("en", "und"):
        return None
    if model not in ENGLISH_ONLY and Path(model).name not in ENGLISH_ONLY:
        return None
    return (
        f"most of your posts are in '{language}', and {Path(model).name} was trained on "
        f"English: it will not write '{language}' well. Train a multilingual model instead, "
        f"on a Mac or a GPU: bobby train --model {MULTILINGUAL}"
    )


def posts_language(data: Path) -> str | None:
    """The main language of the posts prep wrote into `data` (prep.json), if it says."""
    from bobby.files import read_json
    from bobby.layout import PREP

    try:
        info = read_json(Path(data) / PREP)
    except Exception:  # no prep.json, or not one: the step that needs it says so itself
        return None
    language = info.get("language") if isinstance(info, dict) else None
    return language if isinstance(language, str) else None
