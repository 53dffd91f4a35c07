"""Small real tokenizers, trained in a second, in the layout of a model folder.

No model can be downloaded here, and what prep needs from a model is only its tokenizer
and chat template. These are real byte-level BPE tokenizers (the kind SmolLM2 and Qwen3
use), loaded by mlx-lm exactly as it loads a model's, with the two chat templates that
behave differently: ChatML as SmolLM2 has it, and Qwen3's, which puts an empty think
block before the last assistant turn.
"""

from __future__ import annotations

import json
from pathlib import Path

# SmolLM2-135M-Instruct's template, as in its tokenizer_config.json.
CHATML = (
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}"
    "{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

# Qwen3's template without its tool-calling parts: what matters here is the assistant
# turn after the last user message (`<think>` block always rendered) and the generation
# prompt (an empty think block only with enable_thinking=False).
QWEN3 = """{%- if messages[0].role == 'system' %}
    {{- '<|im_start|>system\\n' + messages[0].content + '<|im_end|>\\n' }}
{%- endif %}
{%- set ns = namespace(last_query_index=messages|length - 1) %}
{%- for message in messages[::-1] %}
    {%- if message.role == "user" and ns.last_query_index == messages|length - 1 %}
        {%- set ns.last_query_index = (messages|length - 1) - loop.index0 %}
    {%- endif %}
{%- endfor %}
{%- for message in messages %}
    {%- if message.role == "user" or (message.role == "system" and not loop.first) %}
        {{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}
    {%- elif message.role == "assistant" %}
        {%- set content = message.content %}
        {%- set reasoning_content = '' %}
        {%- if '</think>' in content %}
            {%- set reasoning_content = content.split('</think>')[0].rstrip('\\n').split('<think>')[-1].lstrip('\\n') %}
            {%- set content = content.split('</think>')[-1].lstrip('\\n') %}
        {%- endif %}
        {%- if loop.index0 > ns.last_query_index and (loop.last or reasoning_content) %}
            {{- '<|im_start|>assistant\\n<think>\\n' + reasoning_content.strip('\\n') + '\\n</think>\\n\\n' + content.lstrip('\\n') }}
        {%- else %}
            {{- '<|im_start|>assistant\\n' + content }}
        {%- endif %}
        {{- '<|im_end|>\\n' }}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|im_start|>assistant\\n' }}
    {%- if enable_thinking is defined and enable_thinking is false %}
        {{- '<think>\\n\\n</think>\\n\\n' }}
    {%- endif %}
{%- endif %}"""

CORPUS = [
    "Write a post in your own voice. Write a new post. Share a thought in a post.",
    "Finally shipped the new release after a weekend of fixing tests and deploys.",
    "Coffee first, code later. The train was late again this morning.",
    "Hoy por fin arreglé el fallo del código. Un café y a seguir.",
    "You are a helpful AI assistant named SmolLM, trained by Hugging Face",
    "system user assistant",
]


def write_tokenizer(
    dest: Path, template: str | None, thinking: bool = False, corpus: list[str] | None = None
) -> Path:
    """A model folder holding only a tokenizer: tokenizer.json and tokenizer_config.json.

    Args:
        template: the chat template, or None for a tokenizer without one.
        thinking: add `<think>` and `</think>` as special tokens (mlx-lm infers a
            thinking model from them).
        corpus: the texts its merges are learnt from (default: a few posts).
    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    special = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"] + (
        ["<think>", "</think>"] if thinking else []
    )
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=special,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(corpus or CORPUS * 20, trainer)
    dest.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(dest / "tokenizer.json"))
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "eos_token": "<|im_end|>",
        "pad_token": "<|endoftext|>",
        "bos_token": None,
        "model_max_length": 8192,
    }
    if template is not None:
        config["chat_template"] = template
    (dest / "tokenizer_config.json").write_text(json.dumps(config, indent=2))
    return dest
