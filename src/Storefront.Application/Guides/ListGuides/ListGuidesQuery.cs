using Mediator;

namespace Storefront.Application.Guides.ListGuides;

/// <summary>Every guide, for /learn.</summary>
public sealed record ListGuidesQuery : IQuery<IReadOnlyList<GuideSummary>>;

public sealed record GuideSummary(string Slug, string Title, string Summary, IReadOnlyList<string> Causes);
