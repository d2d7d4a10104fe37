using Mediator;
using Storefront.Application.Common;
using Storefront.Domain.Guides;

namespace Storefront.Application.Guides.FindCauses;

public sealed class FindCausesQueryHandler(IStorefrontDbContext db) : IQueryHandler<FindCausesQuery, FinderResult?>
{
    public async ValueTask<FinderResult?> Handle(FindCausesQuery query, CancellationToken cancellationToken)
    {
        var guide = await db.LoadGuideAsync(query.GuideSlug, cancellationToken);
        if (guide is not { HasFinder: true })
        {
            return null;
        }

        var answers = GuideTokens.ParseCues(query.Answers);
        var maySuggestSocks = CauseFinder.MaySuggestSocks(answers);
        var suggestions = new SockSuggestions(db);
        var matches = new List<FinderMatch>();
        foreach (var section in CauseFinder.Rank(guide, answers))
        {
            matches.Add(new FinderMatch(await suggestions.ToViewAsync(section, maySuggestSocks, cancellationToken), section.RelevanceTo(answers)));
        }

        var matched = matches.Select(m => m.Section.Anchor).ToHashSet();
        return new FinderResult(
            guide.Slug.Value,
            guide.Title,
            GuideTokens.Split(answers).Select(c => c.Token()).ToList(),
            GuideTokens.Split(CauseFinder.ContraindicationsIn(answers)).Select(c => c.Token()).ToList(),
            matches,
            guide.Sections.OrderBy(s => s.Position).Where(s => !matched.Contains(s.Anchor.Value)).Select(s => new SectionLink(s.Anchor.Value, s.Heading)).ToList(),
            guide.References.OrderBy(r => r.Position).Select(ReferenceView.From).ToList());
    }
}
