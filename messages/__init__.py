"""The bot's words, one Fluent catalog per locale, checked before the bot says anything."""

from messages.catalog import Catalog, CatalogError, MissingMessageError, load_catalog

__all__ = ["Catalog", "CatalogError", "MissingMessageError", "load_catalog"]
