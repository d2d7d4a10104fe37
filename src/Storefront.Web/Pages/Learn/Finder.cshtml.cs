using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Storefront.Application.Common;
using Storefront.Application.Guides.FindCauses;
using Storefront.Domain.Guides;
using Storefront.Web.Caching;

namespace Storefront.Web.Pages.Learn;

/// <summary>
/// The cause finder of a guide that has one: a GET form, so it works without JavaScript and every answer has a
/// shareable URL. Nothing is stored.
/// </summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name, Tags = [PageTags.Listings, PageTags.Guides])]
public sealed class FinderModel(IMediator mediator) : PageModel
{
    /// <summary>More answers than there are questions can only come from a tampered URL; the rest are ignored.</summary>
    private const int MaxAnswers = 20;

    public static readonly IReadOnlyList<FinderQuestion> Questions =
    [
        new("When do your cramps come?", [
            new(CrampCue.AtNight, "At night"),
            new(CrampCue.DuringExercise, "During exercise"),
            new(CrampCue.AfterExercise, "After exercise"),
            new(CrampCue.LongSittingOrStanding, "On long trips, or after standing for a long time"),
        ]),
        new("About you", [
            new(CrampCue.Pregnant, "I am pregnant"),
            new(CrampCue.Over50, "I am over 50"),
            new(CrampCue.ExercisesInHeat, "I exercise in hot or humid weather"),
        ]),
        new("Has a doctor diagnosed…", [
            new(CrampCue.VeinCondition, "a vein condition (such as chronic venous insufficiency or a past deep vein thrombosis)"),
            new(CrampCue.ArteryCondition, "an artery condition (such as peripheral artery disease or claudication)"),
        ]),
        new("Before any compression: does any of this apply to you?", [
            new(CrampCue.SevereNeuropathy, "Severe nerve damage in my legs or feet (peripheral neuropathy), with numbness"),
            new(CrampCue.FragileSkin, "Fragile, broken or infected skin on my legs"),
            new(CrampCue.HeartFailureSwelling, "Leg swelling caused by heart failure"),
        ]),
        new("Medicines", [
            new(CrampCue.TakesNamedMedication, "I take birth control pills, a diuretic, naproxen (Aleve), albuterol or a statin"),
        ]),
    ];

    public FinderResult Result { get; private set; } = null!;

    /// <summary>The form was sent (its button is named), as opposed to a first visit.</summary>
    public bool Asked { get; private set; }

    /// <summary>Why each answer that rules out compression does so, as the clinician message says it.</summary>
    public static readonly IReadOnlyDictionary<string, string> WhyNoCompression = new Dictionary<string, string>
    {
        [CrampCue.ArteryCondition.Token()] = "An artery condition: squeezing a leg whose arteries are narrowed can cut its blood supply further.",
        [CrampCue.SevereNeuropathy.Token()] = "Severe nerve damage: with dulled feeling, a sock that is too tight or rubs can go unnoticed until the skin is hurt.",
        [CrampCue.FragileSkin.Token()] = "Fragile, broken or infected skin: pressure and rubbing can damage it further, and it needs care first.",
        [CrampCue.HeartFailureSwelling.Token()] = "Swelling from heart failure: pushing that fluid back towards the heart can strain it.",
    };

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Asked = Request.Query.ContainsKey("find") || Request.Query.ContainsKey("a");
        var answers = Request.Query["a"].Take(MaxAnswers).OfType<string>().ToList();
        var result = await mediator.Send(new FindCausesQuery(slug, answers), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        Result = result;
        return Page();
    }

    public bool IsChecked(CrampCue cue) => Result.Answers.Contains(cue.Token());
}

public sealed record FinderQuestion(string Legend, IReadOnlyList<FinderOption> Options);

public sealed record FinderOption(CrampCue Cue, string Label);
