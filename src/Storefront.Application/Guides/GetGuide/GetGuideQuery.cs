using Mediator;

namespace Storefront.Application.Guides.GetGuide;

/// <summary>A guide by its slug, with the socks that fit each compression strategy; null when there is none.</summary>
public sealed record GetGuideQuery(string Slug) : IQuery<GuideDetails?>;
