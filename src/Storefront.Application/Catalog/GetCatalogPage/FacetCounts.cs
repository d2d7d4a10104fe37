using Storefront.Domain.Catalog;

namespace Storefront.Application.Catalog.GetCatalogPage;

/// <summary>
/// How many socks each filter option would show, counted in memory from the cached shelves: an option's count holds
/// the category, the search and every other active filter, but not its own filter's choice (so "Knee-high (7)" is what
/// choosing knee-high shows). The same rules as the page's SQL filter.
/// </summary>
internal static class FacetCounts
{
    public static CatalogFacets Count(Shelves shelves, GetCatalogPageQuery query, Guid? categoryId, IReadOnlySet<Guid>? searchMatches)
    {
        var style = CatalogLabels.ParseStyle(query.Style);
        var compression = CatalogLabels.ParseCompression(query.Compression);
        var use = CatalogLabels.ParseUse(query.Use);
        var size = string.IsNullOrWhiteSpace(query.Size) ? null : query.Size;
        var colour = string.IsNullOrWhiteSpace(query.Colour) ? null : query.Colour;

        var inScope = shelves.Products
            .Where(p => string.IsNullOrEmpty(query.Category) || p.CategoryId == (categoryId ?? Guid.Empty))
            .Where(p => searchMatches is null || searchMatches.Contains(p.Id))
            .ToList();
        Func<ShelfProduct, bool>[] filters =
        [
            p => style is null || p.Style == style,
            p => compression is null || p.Compression == compression,
            p => use is null || (p.Uses & use) == use,
            p => size is null || p.SizesInStock.Contains(size),
            p => colour is null || p.Colours.Contains(colour),
        ];
        List<ShelfProduct> AllFiltersBut(int skipped) => inScope.Where(p => filters.Where((_, i) => i != skipped).All(f => f(p))).ToList();

        return new CatalogFacets(
            shelves.Categories.Select(c => new CategoryLink(c.Name, c.Slug)).ToList(),
            Facet(AllFiltersBut(0), Enum.GetValues<SockStyle>(), s => s.Token(), s => s.Label(), (p, s) => p.Style == s),
            Facet(AllFiltersBut(1), Enum.GetValues<CompressionLevel>(), c => c.Token(), c => c.Label(), (p, c) => p.Compression == c),
            Facet(AllFiltersBut(2), Enum.GetValues<SockUse>().Where(u => u != SockUse.None), u => u.Token(), u => u.Label(), (p, u) => (p.Uses & u) == u),
            Facet(AllFiltersBut(3), shelves.Sizes, s => s, s => s, (p, s) => p.SizesInStock.Contains(s)),
            Facet(AllFiltersBut(4), shelves.Colours, c => c, c => c, (p, c) => p.Colours.Contains(c)));
    }

    private static Facet Facet<T>(List<ShelfProduct> products, IEnumerable<T> options, Func<T, string> value, Func<T, string> label, Func<ShelfProduct, T, bool> matches) =>
        new(products.Count, options.Select(o => new FacetOption(value(o), label(o), products.Count(p => matches(p, o)))).ToList());
}
