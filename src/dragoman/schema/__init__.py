"""The JSON Schema of the output contract (`extraction.schema.json`)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_schema() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("extraction.schema.json").read_text("utf-8"))
