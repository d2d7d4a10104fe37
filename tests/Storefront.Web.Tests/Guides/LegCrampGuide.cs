using AngleSharp.Dom;

namespace Storefront.Web.Tests.Guides;

/// <summary>What the leg-cramp guide must hold, as the issue lists it.</summary>
internal static class LegCrampGuide
{
    public const string Url = "/learn/leg-cramps";
    public const string FinderUrl = "/learn/leg-cramps/finder";

    public static readonly IReadOnlyList<(string Anchor, string Heading)> Causes =
    [
        ("mineral-depletion", "Mineral depletion"),
        ("dehydration", "Dehydration"),
        ("muscle-fatigue", "Muscle fatigue"),
        ("overexertion", "Overexertion"),
        ("age", "Age"),
        ("pregnancy", "Pregnancy"),
        ("inadequate-blood-supply", "Inadequate blood supply"),
        ("venous-disease", "Venous disease"),
        ("nerve-compression", "Nerve compression"),
        ("medical-conditions", "Medical conditions"),
        ("medications", "Medications"),
    ];

    public static readonly IReadOnlyList<string> ReferenceUrls =
    [
        "https://pubmed.ncbi.nlm.nih.gov/22963024/",
        "https://www.huffpost.com/entry/charley-horse-origin-name_l_5d4b3e44e4b01e44e4749142",
        "https://www.mayoclinic.org/healthy-lifestyle/pregnancy-week-by-week/expert-answers/leg-cramps-during-pregnancy/faq-20057766",
        "https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820",
        "https://www.npr.org/templates/story/story.php?storyId=124888051",
        "https://www.runnersworld.com/health-injuries/a20830024/how-to-treat-leg-cramps-while-running/",
        "https://pubmed.ncbi.nlm.nih.gov/21402566/",
        "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004002.pub4/full",
        "https://www.ejves.com/article/S1078-5884(21)00979-5/fulltext",
        "https://pubmed.ncbi.nlm.nih.gov/23757486/",
        "https://pubmed.ncbi.nlm.nih.gov/32122269/",
        "https://pubmed.ncbi.nlm.nih.gov/26477632/",
    ];

    /// <summary>Every answer of the finder, in the order it asks; the last three, with the artery condition, rule out compression.</summary>
    public static readonly IReadOnlyList<string> Answers =
    [
        "at-night", "during-exercise", "after-exercise", "long-sitting-or-standing", "pregnant", "over-50", "exercises-in-heat",
        "vein-condition", "artery-condition", "severe-neuropathy", "fragile-skin", "heart-failure-swelling", "takes-named-medication",
    ];

    /// <summary>The names of the socks suggested inside an element (a guide section or a finder answer).</summary>
    public static IReadOnlyList<string> SockNames(IElement? scope) =>
        scope?.QuerySelectorAll(".sock-card .sock-card-name").Select(e => e.TextContent.Trim()).ToList() ?? [];
}
