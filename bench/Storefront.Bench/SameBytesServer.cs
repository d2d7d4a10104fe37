namespace Storefront.Bench;

/// <summary>
/// The ceiling to compare the shop with: Kestrel answering each captured page with the same bytes and content type,
/// straight from memory. Manifest lines: path, file, content type, and the cart-count cookie value ("-" for none).
/// </summary>
internal static class SameBytesServer
{
    public static async Task<int> RunAsync(string manifest, string url)
    {
        var pages = File.ReadAllLines(manifest)
            .Select(line => line.Split('\t'))
            .ToDictionary(f => (f[0], f[3]), f => (Body: File.ReadAllBytes(f[1]), ContentType: f[2]));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.Run(async context =>
        {
            var count = context.Request.Cookies["storefront_cart_count"] ?? "-";
            if (!pages.TryGetValue((context.Request.Path + context.Request.QueryString, count), out var page))
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = page.ContentType;
            context.Response.ContentLength = page.Body.Length;
            await context.Response.Body.WriteAsync(page.Body);
        });
        await app.RunAsync();
        return 0;
    }
}
