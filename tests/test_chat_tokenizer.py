"""bobby's tokenizer (no transformers) against mlx-lm's (transformers): the same ids, the
same text back, the same rendered chats and prompts, for SmolLM2 (the imported real
model), and for a Qwen3 and a Llama 3 tokenizer built here from SmolLM2's vocabulary with
their special tokens and chat templates (nothing can be downloaded)."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bobby.models import chat_tokenizer
from bobby.prompt import messages, prompt_for
from tests.tiny_tokenizer import QWEN3

# Llama 3.1's (meta-llama/Llama-3.1-8B-Instruct, tools left out): the date from
# strftime_now, bos_token from the special tokens, messages trimmed.
LLAMA3 = """{{- bos_token }}
{%- if not date_string is defined %}
    {%- if strftime_now is defined %}
        {%- set date_string = strftime_now("%d %b %Y") %}
    {%- else %}
        {%- set date_string = "26 Jul 2024" %}
    {%- endif %}
{%- endif %}
{%- if messages[0]['role'] == 'system' %}
    {%- set system_message = messages[0]['content']|trim %}
    {%- set messages = messages[1:] %}
{%- else %}
    {%- set system_message = "" %}
{%- endif %}
{{- "<|start_header_id|>system<|end_header_id|>\\n\\n" }}
{{- "Cutting Knowledge Date: December 2023\\n" }}
{{- "Today Date: " + date_string + "\\n\\n" }}
{{- system_message }}
{{- "<|eot_id|>" }}
{%- for message in messages %}
    {%- if message.role not in ['user', 'assistant'] %}
        {{- raise_exception('Only user and assistant roles are supported here') }}
    {%- endif %}
    {{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim + '<|eot_id|>' }}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}
{%- endif %}"""

INFO = {"prompt": {"format": "chat", "templates": ["Write a post."], "system": "Be brief."}}
TEXTS = [
    "",
    "hello world",
    "  two spaces, then\ttab\nnew line\n\n",
    "Ünïcödé, 日本語, emoji 👩‍👩‍👧 and 🇫🇷!",
    "numbers 1234567 3.14159 -42",
    "don't you're it's we've I'm",
    "<|im_start|>user\nspecial tokens typed as text<|im_end|>",
    "https://example.com/a?b=c #tag @someone.bsky.social",
    "end with a space ",
]


def family(base: Path, folder: Path, special: list[str], config: dict, bos: str | None) -> Path:
    """A tokenizer folder: SmolLM2's vocabulary with `special` tokens added, `config` as
    tokenizer_config.json, and a BOS-adding post-processor if `bos` is given."""
    from tokenizers import AddedToken, Tokenizer, processors

    folder.mkdir()
    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    tokenizer.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in special])
    if bos is not None:
        tokenizer.post_processor = processors.TemplateProcessing(
            single=f"{bos} $A", pair=f"{bos} $A {bos} $B", special_tokens=[(bos, tokenizer.token_to_id(bos))]
        )  # fmt: skip
    tokenizer.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    shutil.copy(base / "config.json", folder / "config.json")
    return folder


@pytest.fixture(scope="module", params=["smollm2", "qwen3", "llama3"])
def folder(request, smollm2_dir: Path, tmp_path_factory) -> Path:
    if request.param == "smollm2":
        return smollm2_dir
    where = tmp_path_factory.mktemp("tokenizers") / request.param
    if request.param == "qwen3":
        config = {"tokenizer_class": "Qwen2Tokenizer", "eos_token": "<|im_end|>",
                  "pad_token": "<|endoftext|>", "bos_token": None, "chat_template": QWEN3,
                  "clean_up_tokenization_spaces": False}  # fmt: skip
        special = ["<|im_start|>", "<|im_end|>", "<think>", "</think>"]
        return family(smollm2_dir, where, special, config, None)
    config = {"tokenizer_class": "PreTrainedTokenizerFast", "bos_token": "<|begin_of_text|>",
              "eos_token": "<|eot_id|>", "chat_template": LLAMA3,
              "clean_up_tokenization_spaces": True}  # fmt: skip
    special = ["<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"]
    return family(smollm2_dir, where, special, config, "<|begin_of_text|>")


@pytest.fixture(scope="module")
def pair(folder: Path):
    """(bobby's, mlx-lm's) tokenizer of `folder`, the same end-of-sequence ids given."""
    from mlx_lm.tokenizer_utils import load

    eos = [7]
    ours = chat_tokenizer.read(folder, eos)
    assert ours is not None
    return ours, load(folder, eos_token_ids=eos)


def test_ids_and_text_back_equal_transformers(pair):
    ours, theirs = pair
    rng = random.Random(0)
    texts = [*TEXTS, "".join(rng.choice(TEXTS) for _ in range(20))]
    for text in texts:
        for special in (True, False):
            ids = ours.encode(text, add_special_tokens=special)
            assert ids == theirs.encode(text, add_special_tokens=special), (text, special)
            assert ours.decode(ids) == theirs.decode(ids), text
    assert ours.decode([5, 9, 300, 1000]) == theirs.decode([5, 9, 300, 1000])
    assert (ours.bos_token_id, ours.eos_token_id) == (theirs.bos_token_id, theirs.eos_token_id)
    assert ours.eos_token_ids == theirs.eos_token_ids
    assert ours.vocab_size == theirs.vocab_size
    assert ours.vocab == theirs.vocab


def test_chats_and_prompts_equal_transformers(pair):
    ours, theirs = pair
    for system in (None, "You write short posts."):
        for post in ("a post", "<think>\nhm\n</think>\n\nthe post", ""):
            chat = messages("Write a post.", post, system)
            for generation in (False, True):
                for chat_part in (chat, chat[:-1]):
                    ours_text = ours.apply_chat_template(
                        chat_part, tokenize=False, add_generation_prompt=generation
                    )
                    assert ours_text == theirs.apply_chat_template(
                        chat_part, tokenize=False, add_generation_prompt=generation
                    )
            assert ours.apply_chat_template(chat) == theirs.apply_chat_template(chat)
    assert prompt_for(INFO, ours, "Write a post.") == prompt_for(INFO, theirs, "Write a post.")
    text = {"prompt": {"format": "text", "templates": [], "system": None}}
    assert prompt_for(text, ours) == prompt_for(text, theirs)


def test_what_only_transformers_builds_exactly_is_left_to_it(tmp_path, smollm2_dir):
    """A SentencePiece class, a Python-rendered template: read returns None (mlx-lm's)."""
    for name, change in (
        ("sentencepiece", {"tokenizer_class": "LlamaTokenizer"}),
        ("python-template", {"chat_template_type": "deepseek_v32"}),
    ):
        config = json.loads((smollm2_dir / "tokenizer_config.json").read_text()) | change
        folder = family(smollm2_dir, tmp_path / name, [], config, None)
        assert chat_tokenizer.read(folder) is None
    assert chat_tokenizer.read(tmp_path) is None  # no tokenizer files at all


def test_generation_loads_without_transformers_and_writes_the_same_tokens(smollm2_dir):
    """The generate path's loader (no transformers imported, nor the Hugging Face hub's
    client for a model on disk) and mlx-lm's give the same prompt ids and the same greedy
    tokens with the same adapter-free model."""
    code = (
        "import sys, json\n"
        "from bobby.models import load\n"
        "from bobby.decode import decode\n"
        "from bobby.prompt import prompt_for\n"
        "events = []\n"
        "loaded = load('smollm2', progress=events.append, generating=True)\n"
        f"info = {INFO!r}\n"
        "ids = prompt_for(info, loaded.tokenizer, 'Write a post.').tokens\n"
        "out = decode(loaded.model, loaded.tokenizer, [ids], 12)[0]\n"
        "print(json.dumps([ids, out.tokens, out.text, type(loaded.tokenizer).__name__,\n"
        "                  [m for m in ('transformers', 'torch', 'huggingface_hub')\n"
        "                   if m in sys.modules],\n"
        "                  [event.what for event in events]]))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    ids, tokens, text, kind, heavy, stages = json.loads(run.stdout.splitlines()[-1])
    assert (kind, heavy) == ("ChatTokenizer", [])
    # what --debug times: where a cold start waits
    assert stages == ["Importing MLX and mlx-lm's model code", "Reading smollm2",
                      "Reading smollm2's tokenizer", "Fitting smollm2 to the device"]  # fmt: skip

    from bobby.decode import decode
    from bobby.models import load

    reference = load("smollm2")  # mlx-lm's load and tokenizer, as before
    assert type(reference.tokenizer).__name__ == "TokenizerWrapper"
    assert ids == prompt_for(INFO, reference.tokenizer, "Write a post.").tokens
    expected = decode(reference.model, reference.tokenizer, [ids], 12)[0]
    assert (tokens, text) == (expected.tokens, expected.text)
