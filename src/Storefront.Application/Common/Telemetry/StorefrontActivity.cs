using System.Diagnostics;

namespace Storefront.Application.Common.Telemetry;

/// <summary>The source of the shop's own spans: one per use case, inside the request's span.</summary>
public static class StorefrontActivity
{
    public const string SourceName = "Storefront";

    public static readonly ActivitySource Source = new(SourceName);
}
