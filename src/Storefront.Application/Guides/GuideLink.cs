namespace Storefront.Application.Guides;

/// <summary>A strategy the product fits, with a link to its section: <c>/learn/{guide}#{anchor}</c>.</summary>
public sealed record GuideLink(string GuideTitle, string SectionHeading, string Excerpt, string Why, string Url);
