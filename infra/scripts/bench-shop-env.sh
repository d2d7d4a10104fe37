# Sourced by the benchmark scripts: the settings they start the published shop with (see bench/README.md).
# All load comes from one loopback address, so the per-client rate limits and the unpaid-checkout cap are lifted (the
# suite tests them), and the test gateway and the pickup-folder email may run in Production.
# usage: bench_shop_env URL SQLITE_FILE EMAIL_DIR  -> sets the array SHOP_ENV, for: env "${SHOP_ENV[@]}" dotnet ...
bench_shop_env() {
  SHOP_ENV=(
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$1" Checkout__PublicBaseUrl="$1" Database__SqlitePath="$2"
    Payments__Provider=Test Payments__AllowTestInProduction=true
    Email__AllowPickupDirectoryInProduction=true Email__PickupDirectory="$3"
    RateLimits__CartWritesPerMinute=100000000 RateLimits__CheckoutsPerMinute=100000000 RateLimits__PaymentChecksPerMinute=100000000
    Checkout__MaxUnpaidOrdersPerClient=100000000 Logging__LogLevel__Default=Warning
  )
}
