using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Storefront.Web.Tests.Support;

/// <summary>Drives the admin product forms over HTTP as an admin's browser would.</summary>
public static class AdminCatalog
{
    public static async Task<Dictionary<string, string>> ProductFieldsAsync(this StorefrontFactory factory, string name, string? slug = null) =>
        new()
        {
            ["Input.Name"] = name,
            ["Input.Slug"] = slug ?? string.Empty,
            ["Input.CategoryId"] = (await factory.WithDbAsync(db => db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync())).ToString(),
            ["Input.Style"] = "KneeHigh",
            ["Input.Compression"] = "Moderate15To20",
            ["Input.Uses"] = "Running",
            ["Input.Description"] = "Firm **graduated** support for long runs.",
            ["Input.Material"] = "Nylon, spandex",
            ["Input.Care"] = "Machine wash cold",
        };

    public static async Task<Guid> CreateDraftAsync(this HttpClient admin, StorefrontFactory factory, string name, string? slug = null)
    {
        var response = await admin.PostFormAsync("/admin/products/new", "/admin/products/new", await factory.ProductFieldsAsync(name, slug));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating {name} answered {(int)response.StatusCode}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task<string> VersionAsync(this HttpClient admin, Guid productId)
    {
        var page = await admin.GetDocumentAsync($"/admin/products/{productId}");
        return page.QuerySelector<IHtmlInputElement>("input[name='version']")!.Value;
    }

    public static async Task<HttpResponseMessage> PostToProductAsync(this HttpClient admin, Guid productId, string handler, Dictionary<string, string> fields, string? version = null)
    {
        fields["version"] = version ?? await admin.VersionAsync(productId);
        return await admin.PostFormAsync($"/admin/products/{productId}", $"/admin/products/{productId}?handler={handler}", fields);
    }

    public static async Task<HttpResponseMessage> AddVariantAsync(
        this HttpClient admin, Guid productId, string sku, string price = "24.00", string compareAt = "", string stock = "12", string size = "M", string colour = "Black")
    {
        return await admin.PostToProductAsync(productId, "AddVariant", new()
        {
            ["NewVariant.Sku"] = sku,
            ["NewVariant.Size"] = size,
            ["NewVariant.Colour"] = colour,
            ["NewVariant.ColourHex"] = "#111111",
            ["NewVariant.Price"] = price,
            ["NewVariant.CompareAtPrice"] = compareAt,
            ["NewVariant.StockOnHand"] = stock,
        });
    }

    public static async Task PublishAsync(this HttpClient admin, StorefrontFactory factory, Guid productId, string name, string slug)
    {
        var fields = await factory.ProductFieldsAsync(name, slug);
        fields["Input.Status"] = "Published";
        var response = await admin.PostToProductAsync(productId, "Save", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail($"Publishing was refused: {string.Join(" | ", await response.ErrorsAsync())}");
        }
    }

    public static async Task<T> WithScopeAsync<T>(this StorefrontFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
