"""The web shell: pages, the JSON API, and the page cache in front of them."""

from forgetrainer.web.app import create_app

__all__ = ["create_app"]
