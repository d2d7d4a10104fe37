using System.ComponentModel;
using Mediator;

namespace Storefront.Application.Guides.GetFeaturedGuide;

/// <summary>The guide the home page features (marked <c>featured</c> in its file); null when none is.</summary>
public sealed record GetFeaturedGuideQuery : IQuery<FeaturedGuide?>;

// Immutable: HybridCache hands out the cached instance instead of a fresh copy per request.
[ImmutableObject(true)]
public sealed record FeaturedGuide(string Slug, string Title, string Summary);
