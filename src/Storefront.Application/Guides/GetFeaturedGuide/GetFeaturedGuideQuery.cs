using Mediator;

namespace Storefront.Application.Guides.GetFeaturedGuide;

/// <summary>The guide the home page features (marked <c>featured</c> in its file); null when none is.</summary>
public sealed record GetFeaturedGuideQuery : IQuery<FeaturedGuide?>;

public sealed record FeaturedGuide(string Slug, string Title, string Summary);
