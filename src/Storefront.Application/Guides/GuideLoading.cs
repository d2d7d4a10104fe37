using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Common;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides;

internal static class GuideLoading
{
    /// <summary>
    /// A guide with its sections, strategies and references in one query (a few hundred narrow rows beat four round
    /// trips); null for a slug that is malformed or unknown.
    /// </summary>
    public static async Task<Guide?> LoadGuideAsync(this IStorefrontDbContext db, string? slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsValid(slug))
        {
            return null;
        }

        var parsed = Slug.Parse(slug);
        return await db.Guides.AsNoTracking()
            .Include(g => g.Sections).ThenInclude(s => s.Strategies)
            .Include(g => g.References)
            .AsSingleQuery()
            .FirstOrDefaultAsync(g => g.Slug == parsed, cancellationToken);
    }
}
