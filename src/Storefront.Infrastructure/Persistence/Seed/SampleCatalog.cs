using Storefront.Domain.Catalog;

namespace Storefront.Infrastructure.Persistence.Seed;

internal sealed record SampleCategory(string Slug, string Name);

internal sealed record SampleColour(string Name, string Hex);

internal sealed record SampleProduct(
    string Code,
    string Name,
    string Category,
    SockStyle Style,
    CompressionLevel Compression,
    SockUse Uses,
    decimal Price,
    decimal? CompareAtPrice,
    string[] Sizes,
    SampleColour[] Colours,
    bool Featured,
    string Material,
    string Description);

/// <summary>The shop's starting catalog: every style and compression level, priced so that $55 matters.</summary>
internal static class SampleCatalog
{
    private static readonly SampleColour Black = new("Black", "#1f1f24");
    private static readonly SampleColour White = new("White", "#f4f4f0");
    private static readonly SampleColour Navy = new("Navy", "#1f3a5f");
    private static readonly SampleColour Grey = new("Heather Grey", "#8d9099");
    private static readonly SampleColour Beige = new("Beige", "#d9bf9d");
    private static readonly SampleColour Charcoal = new("Charcoal", "#3b3d44");
    private static readonly SampleColour Blue = new("Cobalt Blue", "#2456c7");
    private static readonly SampleColour Green = new("Neon Green", "#6fd13a");
    private static readonly SampleColour Pink = new("Hot Pink", "#e2407f");
    private static readonly SampleColour Orange = new("Orange", "#ef7d22");
    private static readonly SampleColour Lavender = new("Lavender", "#a591d6");
    private static readonly SampleColour Olive = new("Olive", "#6b7234");
    private static readonly SampleColour Mint = new("Mint", "#7fd6b5");
    private static readonly SampleColour Coral = new("Coral", "#ef6f61");
    private static readonly SampleColour RedStripe = new("Red Stripe", "#c4333a");
    private static readonly SampleColour TealStripe = new("Teal Stripe", "#138a86");

    private static readonly string[] SToXl = ["S", "M", "L", "XL"];
    private static readonly string[] SToXxl = ["S", "M", "L", "XL", "XXL"];
    private static readonly string[] SToL = ["S", "M", "L"];
    private static readonly string[] MToXxl = ["M", "L", "XL", "XXL"];

    private const string Nylon = "76% nylon, 24% spandex";
    private const string Cotton = "60% cotton, 30% nylon, 10% spandex";
    private const string Merino = "45% merino wool, 40% nylon, 15% spandex";

    public static readonly SampleCategory[] Categories =
    [
        new("everyday", "Everyday"),
        new("sport", "Running & Sport"),
        new("travel", "Travel"),
        new("maternity", "Maternity"),
        new("medical", "Medical Support"),
    ];

    public static readonly SampleProduct[] Products =
    [
        new("ANK", "Ankle Compression Socks — Black & White", "everyday", SockStyle.Ankle, CompressionLevel.Mild8To15, SockUse.Everyday | SockUse.Running,
            16.00m, null, SToXl, [Black, White], true, Cotton,
            "Low-cut socks with **light, even compression** around the arch and ankle.\n\n- Cushioned heel and toe\n- Arch band that stays put\n- Sold in black and in white"),
        new("ECR", "Everyday Crew Compression Socks", "everyday", SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Everyday,
            18.00m, null, SToXl, [Navy, Grey, Black], false, Cotton,
            "A crew sock for desk days and errands, with **gentle 8–15 mmHg** support that you forget you are wearing."),
        new("SCR", "Striped Crew Compression Socks", "everyday", SockStyle.Crew, CompressionLevel.Moderate15To20, SockUse.Everyday | SockUse.Travel,
            22.00m, 25.00m, SToL, [RedStripe, TealStripe], false, Cotton,
            "Bold stripes with **graduated 15–20 mmHg** compression, firmest at the ankle and easing towards the calf."),
        new("GKH", "Graduated Knee-High Socks 15–20 mmHg", "everyday", SockStyle.KneeHigh, CompressionLevel.Moderate15To20, SockUse.Everyday | SockUse.Travel,
            26.00m, 32.00m, SToXl, [Black, Beige, Navy], true, Nylon,
            "Our best-selling knee-high: **graduated 15–20 mmHg** for long days on your feet or in a seat.\n\n- Seamless toe\n- Wide, soft top band\n- Breathable knit"),
        new("TKH", "Travel Knee-High Compression Socks", "travel", SockStyle.KneeHigh, CompressionLevel.Moderate15To20, SockUse.Travel,
            28.00m, null, SToXl, [Charcoal, Blue], true, Merino,
            "Made for flights, train rides and road trips: **15–20 mmHg** of graduated support in a merino blend that stays fresh."),
        new("MKH", "Medical Knee-High Socks 20–30 mmHg", "medical", SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Everyday | SockUse.Recovery,
            38.00m, null, SToXxl, [Black, Beige], false, Nylon,
            "Firm **20–30 mmHg** graduated compression. Ask your doctor before wearing firm compression, especially for a vein condition."),
        new("RKH", "Running Compression Knee-Highs", "sport", SockStyle.KneeHigh, CompressionLevel.Firm20To30, SockUse.Running | SockUse.Recovery,
            32.00m, null, SToXl, [Green, Black, Pink, White], true, Nylon,
            "Targeted calf support for training and race day, with **20–30 mmHg** compression and a cushioned, blister-resistant foot."),
        new("RCV", "Recovery Knee-High Socks", "sport", SockStyle.KneeHigh, CompressionLevel.Moderate15To20, SockUse.Recovery | SockUse.Running,
            30.00m, null, SToXl, [Grey, Navy], false, Merino,
            "Pull them on after a long run or a hard session: **15–20 mmHg** of graduated support while your legs recover."),
        new("ARN", "Ankle Running Compression Socks", "sport", SockStyle.Ankle, CompressionLevel.Moderate15To20, SockUse.Running,
            19.00m, null, SToL, [White, Black, Orange], false, Nylon,
            "A no-show running sock with **15–20 mmHg** arch compression, a tab at the heel and mesh venting on top."),
        new("MAT", "Maternity Knee-High Compression Socks", "maternity", SockStyle.KneeHigh, CompressionLevel.Moderate15To20, SockUse.Pregnancy | SockUse.Everyday,
            29.00m, null, SToXl, [Lavender, Black, Beige], true, Cotton,
            "Soft, stretchy knee-highs for pregnancy with **15–20 mmHg** graduated support for tired, swollen legs."),
        new("MTH", "Maternity Thigh-High Stockings 20–30 mmHg", "maternity", SockStyle.ThighHigh, CompressionLevel.Firm20To30, SockUse.Pregnancy,
            46.00m, null, SToXl, [Beige, Black], false, Nylon,
            "Thigh-high stockings with a silicone-dotted band and **20–30 mmHg** compression. Ask your midwife or doctor which level suits you."),
        new("TTH", "Thigh-High Compression Stockings 15–20 mmHg", "medical", SockStyle.ThighHigh, CompressionLevel.Moderate15To20, SockUse.Everyday | SockUse.Travel,
            42.00m, 48.00m, SToXl, [Beige, Black], false, Nylon,
            "Full-leg support with **15–20 mmHg** graduated compression and a stay-up band that does not pinch."),
        new("WCS", "Wide Calf Compression Socks 15–20 mmHg", "medical", SockStyle.WideCalf, CompressionLevel.Moderate15To20, SockUse.Everyday | SockUse.Travel,
            31.00m, null, MToXxl, [Black, Navy], false, Cotton,
            "Cut for fuller calves, with **15–20 mmHg** graduated compression and an extra-wide band that stays comfortable all day."),
        new("WCM", "Wide Calf Medical Socks 20–30 mmHg", "medical", SockStyle.WideCalf, CompressionLevel.Firm20To30, SockUse.Everyday | SockUse.Recovery,
            36.00m, null, MToXxl, [Black, Beige], false, Nylon,
            "Firm **20–30 mmHg** support in a wide-calf fit. Ask your doctor before wearing firm compression."),
        new("TCR", "Mild Compression Travel Crew Socks", "travel", SockStyle.Crew, CompressionLevel.Mild8To15, SockUse.Travel | SockUse.Everyday,
            17.00m, null, SToL, [Olive, Grey], false, Merino,
            "Light **8–15 mmHg** crew socks for a day of sightseeing, in a soft merino blend."),
        new("KEV", "Everyday Knee-High Socks 8–15 mmHg", "everyday", SockStyle.KneeHigh, CompressionLevel.Mild8To15, SockUse.Everyday,
            20.00m, null, SToXl, [Mint, Coral, Black], false, Cotton,
            "Playful colours and **light 8–15 mmHg** compression for standing jobs and long shifts."),
    ];
}
