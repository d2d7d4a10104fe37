using Mediator;

namespace Storefront.Application.Catalog.SuggestProducts;

/// <summary>The best few products for what a shopper has typed so far (the last word may be unfinished).</summary>
public sealed record SuggestProductsQuery(string? Text) : IQuery<IReadOnlyList<ProductSuggestion>>
{
    public const int MaxSuggestions = 6;
}

public sealed record ProductSuggestion(string Name, string Url);
