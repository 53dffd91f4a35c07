#!/usr/bin/env bash
# docs/review.png for the README: the review page as the browser test sees it (a real
# bobby serve --review with SmolLM2, the local PDS, chromium), at a phone's width.
set -euo pipefail
cd "$(dirname "$0")/.."
REVIEW_SCREENSHOT="$PWD/docs/review.png" python -m pytest -q tests/test_review.py -k browser "$@"
echo "wrote docs/review.png"
