using Mediator;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;

namespace Storefront.Application.Guides.GetGuide;

/// <summary>
/// A guide page's content changes with the guide (guides tag) and with the socks it suggests (listings tag), so a
/// guide that exists is cached under both; an unknown slug is looked up each time and never fills the cache.
/// </summary>
public sealed class GetGuideQueryHandler(IStorefrontDbContext db, HybridCache cache) : IQueryHandler<GetGuideQuery, GuideDetails?>
{
    private static readonly HybridCacheEntryOptions LookUpOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public async ValueTask<GuideDetails?> Handle(GetGuideQuery query, CancellationToken cancellationToken)
    {
        var key = $"guides:page:{query.Slug}";
        if (await cache.GetOrCreateAsync(key, _ => ValueTask.FromResult<GuideDetails?>(null), LookUpOnly, cancellationToken: cancellationToken) is { } cached)
        {
            return cached;
        }

        var details = await LoadAsync(query, cancellationToken);
        if (details is not null)
        {
            await cache.SetAsync(key, details, tags: [PageTags.Guides, PageTags.Listings], cancellationToken: cancellationToken);
        }

        return details;
    }

    private async Task<GuideDetails?> LoadAsync(GetGuideQuery query, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadGuideAsync(query.Slug, cancellationToken);
        if (loaded is not { Guide: var guide })
        {
            return null;
        }

        var sections = await new SockSuggestions(db, cache).ToViewsAsync(guide.Sections.OrderBy(s => s.Position).ToList(), maySuggestSocks: true, cancellationToken);

        return new GuideDetails(
            guide.Slug.Value,
            guide.Title,
            guide.Summary,
            guide.Intro,
            guide.ClosingHeading,
            guide.Closing,
            guide.MedicalNote,
            guide.HowWritten,
            guide.LastReviewed,
            guide.HasFinder,
            sections,
            loaded.References.Select(ReferenceView.From).ToList());
    }
}
