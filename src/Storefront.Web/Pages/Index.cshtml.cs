using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Catalog;
using Storefront.Application.Catalog.GetFeaturedProducts;

namespace Storefront.Web.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ProductCard> Featured { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Featured = await mediator.Send(new GetFeaturedProductsQuery(), cancellationToken);
}
