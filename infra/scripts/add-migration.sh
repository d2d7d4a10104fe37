#!/usr/bin/env bash
# Adds a migration NAME for both database providers, so SQLite and SQL Server never drift apart.
# Usage: infra/scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: add-migration.sh NAME}
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" \
    --project src/Storefront.Infrastructure \
    --startup-project src/Storefront.Infrastructure \
    --context "${provider}StorefrontDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
