using Mediator;
using Storefront.Application.Catalog.Search;
using Storefront.Application.Common;

namespace Storefront.Application.Catalog.SuggestProducts;

public sealed class SuggestProductsQueryHandler(CatalogSearch search) : IQueryHandler<SuggestProductsQuery, IReadOnlyList<ProductSuggestion>>
{
    public async ValueTask<IReadOnlyList<ProductSuggestion>> Handle(SuggestProductsQuery query, CancellationToken cancellationToken)
    {
        var text = SearchText.Normalise(query.Text);
        if (!CatalogSearchIndex.HasTerms(text))
        {
            return [];
        }

        var index = await search.IndexAsync(cancellationToken);
        return index.Search(text)
            .Take(SuggestProductsQuery.MaxSuggestions)
            .Select(h => new ProductSuggestion(h.Name, $"/products/{h.Slug}"))
            .ToList();
    }
}
