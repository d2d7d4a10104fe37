using Mediator;

namespace Storefront.Application.Catalog.GetSitemap;

/// <summary>The site-relative paths a search engine should know about.</summary>
public sealed record GetSitemapQuery : IQuery<IReadOnlyList<string>>;
