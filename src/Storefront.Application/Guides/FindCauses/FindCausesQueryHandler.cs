using Mediator;
using Microsoft.Extensions.Caching.Hybrid;
using Storefront.Application.Common;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides.FindCauses;

public sealed class FindCausesQueryHandler(IStorefrontDbContext db, HybridCache cache) : IQueryHandler<FindCausesQuery, FinderResult?>
{
    public async ValueTask<FinderResult?> Handle(FindCausesQuery query, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadGuideAsync(query.GuideSlug, cancellationToken);
        if (loaded is not { Guide: { HasFinder: true } guide })
        {
            return null;
        }

        var answers = GuideTokens.ParseCues(query.Answers);
        var maySuggestSocks = CauseFinder.MaySuggestSocks(answers);
        var ranked = CauseFinder.Rank(guide, answers).ToList();
        var views = await new SockSuggestions(db, cache).ToViewsAsync(ranked, maySuggestSocks, cancellationToken);
        var matches = ranked.Select((section, i) => new FinderMatch(views[i], section.RelevanceTo(answers))).ToList();

        var matched = matches.Select(m => m.Section.Anchor).ToHashSet();
        return new FinderResult(
            guide.Slug.Value,
            guide.Title,
            GuideTokens.Split(answers).Select(c => c.Token()).ToList(),
            GuideTokens.Split(CauseFinder.ContraindicationsIn(answers)).Select(c => c.Token()).ToList(),
            matches,
            guide.Sections.OrderBy(s => s.Position).Where(s => !matched.Contains(s.Anchor.Value)).Select(s => new SectionLink(s.Anchor.Value, s.Heading)).ToList(),
            loaded.References.Select(ReferenceView.From).ToList());
    }
}
