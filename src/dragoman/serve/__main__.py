"""`python -m dragoman.serve > docs/openapi.json` writes the OpenAPI document."""

import sys

from dragoman.serve.app import openapi_document

sys.stdout.write(openapi_document())
