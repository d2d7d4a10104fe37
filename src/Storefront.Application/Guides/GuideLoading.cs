using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

/// <summary>A guide as a page reads it: its sections and strategies, and its reference list beside it.</summary>
internal sealed record LoadedGuide(Guide Guide, IReadOnlyList<Reference> References);

internal static class GuideLoading
{
    /// <summary>
    /// A guide in two queries: the guide with its sections and strategies (one row per strategy), then its references.
    /// Loading the references in the same query would multiply every strategy row by every reference.
    /// Null for a slug that is malformed or unknown.
    /// </summary>
    public static async Task<LoadedGuide?> LoadGuideAsync(this IStorefrontDbContext db, string? slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsValid(slug))
        {
            return null;
        }

        var parsed = Slug.Parse(slug);
        var guide = await db.Guides.AsNoTracking()
            .Include(g => g.Sections).ThenInclude(s => s.Strategies)
            .AsSingleQuery()
            .FirstOrDefaultAsync(g => g.Slug == parsed, cancellationToken);
        if (guide is null)
        {
            return null;
        }

        var references = await db.Guides.AsNoTracking()
            .Where(g => g.Id == guide.Id)
            .SelectMany(g => g.References)
            .OrderBy(r => r.Position)
            .ToListAsync(cancellationToken);
        return new LoadedGuide(guide, references);
    }
}
