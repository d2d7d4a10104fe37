using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Guides.GetGuide;

public sealed class GetGuideQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetGuideQuery, GuideDetails?>
{
    public async ValueTask<GuideDetails?> Handle(GetGuideQuery query, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadGuideAsync(query.Slug, cancellationToken);
        if (loaded is not { Guide: var guide })
        {
            return null;
        }

        var sections = await new SockSuggestions(db).ToViewsAsync(guide.Sections.OrderBy(s => s.Position).ToList(), maySuggestSocks: true, cancellationToken);

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
