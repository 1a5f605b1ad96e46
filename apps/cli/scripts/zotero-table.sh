#!/usr/bin/env bash
# Rewrites the table "Which format keeps what" in packages/citations/README.md from
# the Zotero integration test's results (Zotero's own importers, ../shared/zotero-import).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ZOTERO_IMPORT_URL:-}" ]; then
  eval "$(../../../shared/zotero-import/start.sh)"
  trap 'kill "$ZOTERO_IMPORT_PID"' EXIT
fi
export ZOTERO_IMPORT_URL
UPDATE=1 npx vitest run test/zotero.test.ts
