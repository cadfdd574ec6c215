"""How `Bot.load` gets its encoders and a current index: the provider for an encoder argument, and one look at the
index on disk that says (once) why it must be rebuilt."""

from __future__ import annotations

import logging

from bot.config import Settings
from bot.encoders.provider import Encoder, EncoderProvider, FixedEncoder
from bot.errors import IndexCorrupt, IndexStale
from bot.search.store import LoadedIndex, load_index

log = logging.getLogger("bot.answering.engine")     # the engine's logger: one place to read load messages


def provider_for(encoder: Encoder | EncoderProvider | None, settings: Settings) -> EncoderProvider:
    """The encoder provider for `Bot.load`'s `encoder` argument: the default (ONNX export of the packaged model)
    for None, a provider as it is, and a plain encoder wrapped in `FixedEncoder` (the torch reference named by
    its model fingerprint, a test double by none)."""
    if encoder is None:
        from bot.encoders.export import default_provider

        return default_provider(settings.index_dir)
    if hasattr(encoder, "query_encoder"):
        return encoder  # already a provider
    from bot.encoders.reference import SentenceTransformerEncoder, model_fingerprint

    fingerprint = model_fingerprint() if isinstance(encoder, SentenceTransformerEncoder) else None
    return FixedEncoder(encoder, fingerprint)


def try_load(settings: Settings, identity: dict, dim: int, quiet: bool = False) -> LoadedIndex | None:
    """The index if current; None when it must be (re)built, said once (`quiet` for the second look a builder
    takes after waiting for another builder)."""
    try:
        return load_index(settings, identity, dim)
    except (IndexStale, IndexCorrupt) as err:
        if not quiet:
            log.warning("index needs a rebuild: %s", err)
        return None
