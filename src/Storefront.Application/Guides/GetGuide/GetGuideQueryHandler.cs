using Mediator;
using Storefront.Application.Common;

namespace Storefront.Application.Guides.GetGuide;

public sealed class GetGuideQueryHandler(IStorefrontDbContext db) : IQueryHandler<GetGuideQuery, GuideDetails?>
{
    public async ValueTask<GuideDetails?> Handle(GetGuideQuery query, CancellationToken cancellationToken)
    {
        var guide = await db.LoadGuideAsync(query.Slug, cancellationToken);
        if (guide is null)
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
            sections,
            guide.References.OrderBy(r => r.Position).Select(r => new ReferenceView(r.Authors, r.Title, r.Source, r.Year, r.Url)).ToList());
    }
}
