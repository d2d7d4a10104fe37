using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Storefront.Application.Catalog;
using Storefront.Application.Catalog.GetFeaturedProducts;
using Storefront.Application.Common;
using Storefront.Web.Caching;

namespace Storefront.Web.Pages;

[OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [PageTags.Listings, PageTags.Guides])]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ProductCard> Featured { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Featured = await mediator.Send(new GetFeaturedProductsQuery(), cancellationToken);
}
