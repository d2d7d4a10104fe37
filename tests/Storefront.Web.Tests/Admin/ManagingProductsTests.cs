using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Application.Catalog.GetProductDetails;
using Storefront.Application.Guides;
using Storefront.Domain.Catalog;
using Storefront.Web.Tests.Support;

namespace Storefront.Web.Tests.Admin;

public sealed class ManagingProductsTests(StorefrontFactory factory) : IClassFixture<StorefrontFactory>
{
    [Fact]
    public async Task A_product_created_with_a_variant_and_published_appears_in_the_shop_at_once()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Trail Runner Knee-High", "trail-runner-knee-high");
        var shopper = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/products/trail-runner-knee-high")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.AddVariantAsync(id, "TRAIL-KH-M", price: "29.50")).StatusCode);
        await admin.PublishAsync(factory, id, "Trail Runner Knee-High", "trail-runner-knee-high");

        var product = await shopper.GetDocumentAsync("/products/trail-runner-knee-high");
        Assert.Equal("Trail Runner Knee-High", product.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("$29.50", product.Body!.TextContent);
        var search = await shopper.GetDocumentAsync("/shop?q=Trail+Runner");
        Assert.Contains(search.QuerySelectorAll(".product-card"), card => card.TextContent.Contains("Trail Runner Knee-High"));
    }

    [Fact]
    public async Task The_product_list_searches_by_name_or_sku_and_filters_by_status_and_category()
    {
        var admin = await factory.SignInAsync();
        var sample = await factory.WithDbAsync(db => db.Products.Include(p => p.Variants).FirstAsync(p => p.Status == ProductStatus.Published));

        var byName = await admin.GetDocumentAsync($"/admin/products?q={Uri.EscapeDataString(sample.Name)}&sort=stock");
        var bySku = await admin.GetDocumentAsync($"/admin/products?q={sample.Variants[0].Sku}&status=Published&category={sample.CategoryId}&sort=price");
        var drafts = await admin.GetDocumentAsync("/admin/products?status=Archived&sort=newest");

        Assert.Contains(sample.Name, byName.QuerySelector(".product-table tbody")!.TextContent);
        Assert.Single(bySku.QuerySelectorAll(".product-table tbody tr"));
        Assert.Empty(drafts.QuerySelectorAll(".product-table tbody tr"));
    }

    [Fact]
    public async Task A_new_price_shows_in_the_shop_as_soon_as_it_is_saved()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Price Change Crew", "price-change-crew");
        await admin.AddVariantAsync(id, "PRICE-CREW-M", price: "24.00");
        await admin.PublishAsync(factory, id, "Price Change Crew", "price-change-crew");
        var variantId = await factory.WithDbAsync(db => db.Products.Where(p => p.Id == id).SelectMany(p => p.Variants).Select(v => v.Id).SingleAsync());

        var response = await admin.PostToProductAsync(id, "UpdateVariant", new()
        {
            ["Variant.VariantId"] = variantId.ToString(),
            ["Variant.Sku"] = "PRICE-CREW-M",
            ["Variant.Size"] = "M",
            ["Variant.Colour"] = "Black",
            ["Variant.ColourHex"] = "#111111",
            ["Variant.Price"] = "31.00",
            ["Variant.CompareAtPrice"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await factory.CreateClient().GetDocumentAsync("/products/price-change-crew");
        Assert.Contains("$31.00", page.Body!.TextContent);
        Assert.DoesNotContain("$24.00", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_second_of_two_admins_saving_the_same_product_is_refused_and_the_first_save_is_kept()
    {
        var first = await factory.SignInAsync("first@example.test");
        var second = await factory.SignInAsync("second@example.test");
        var id = await first.CreateDraftAsync(factory, "Shared Edit Sock", "shared-edit-sock");
        var seenByBoth = await first.VersionAsync(id);

        var firstSave = await first.PostToProductAsync(id, "Save", await factory.ProductFieldsAsync("Renamed By First", "shared-edit-sock"), seenByBoth);
        var secondSave = await second.PostToProductAsync(id, "Save", await factory.ProductFieldsAsync("Renamed By Second", "shared-edit-sock"), seenByBoth);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Contains(Product.ConcurrentEditMessage, await secondSave.ErrorsAsync());
        Assert.Equal("Renamed By First", await factory.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task Stock_changes_record_their_reason_and_a_removed_variant_disappears()
    {
        var admin = await factory.SignInAsync();
        var id = await admin.CreateDraftAsync(factory, "Stock Count Ankle", "stock-count-ankle");
        await admin.AddVariantAsync(id, "STOCK-ANK-S", size: "S");
        await admin.AddVariantAsync(id, "STOCK-ANK-M", size: "M");
        var variants = await factory.WithDbAsync(db => db.Products.Where(p => p.Id == id).SelectMany(p => p.Variants).ToListAsync());
        var small = variants.Single(v => v.Sku == "STOCK-ANK-S");
        var medium = variants.Single(v => v.Sku == "STOCK-ANK-M");

        var adjusted = await admin.PostToProductAsync(id, "AdjustStock", new() { ["variantId"] = small.Id.ToString(), ["stockOnHand"] = "40", ["reason"] = "Delivery from the mill" });
        var removed = await admin.PostToProductAsync(id, "RemoveVariant", new() { ["variantId"] = medium.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, adjusted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var adjustment = await factory.WithDbAsync(db => db.StockAdjustments.SingleAsync(a => a.VariantId == small.Id));
        Assert.Equal((28, "Delivery from the mill"), (adjustment.Change, adjustment.Reason));
        var page = await admin.GetDocumentAsync($"/admin/products/{id}");
        Assert.Contains("Delivery from the mill", page.Body!.TextContent);
        Assert.Equal(["STOCK-ANK-S"], await factory.WithDbAsync(db => db.Products.Where(p => p.Id == id).SelectMany(p => p.Variants).Select(v => v.Sku).ToListAsync()));
    }

    [Fact]
    public async Task Every_admin_change_is_in_the_audit_log_with_who_made_it_and_the_old_and_new_values()
    {
        var admin = await factory.SignInAsync("auditor@example.test");
        var id = await admin.CreateDraftAsync(factory, "Audited Sock", "audited-sock");
        await admin.PostToProductAsync(id, "Save", await factory.ProductFieldsAsync("Audited Sock Renamed", "audited-sock"));

        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == id.ToString()).OrderBy(a => a.At).ToListAsync());
        Assert.Equal(["Added", "Modified"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("auditor@example.test", e.UserName));
        Assert.Contains("Name: \"Audited Sock\" → \"Audited Sock Renamed\"", entries[1].Changes);

        var log = await admin.GetDocumentAsync($"/admin/audit?entityKey={id}");
        Assert.Contains("Audited Sock Renamed", log.QuerySelector(".audit-table")!.TextContent);
    }

    [Fact]
    public async Task Categories_can_be_added_renamed_and_reordered_and_only_an_empty_one_deleted()
    {
        var admin = await factory.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/categories", "/admin/categories?handler=Create", new() { ["name"] = "Gift Sets" })).StatusCode);
        var gifts = await factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Name == "Gift Sets"));
        var full = await factory.WithDbAsync(db => db.Categories.FirstAsync(c => db.Products.Any(p => p.CategoryId == c.Id)));

        await admin.PostFormAsync("/admin/categories", "/admin/categories?handler=Rename", new() { ["categoryId"] = gifts.Id.ToString(), ["name"] = "Gift Boxes" });
        await admin.PostFormAsync("/admin/categories", "/admin/categories?handler=Move", new() { ["categoryId"] = gifts.Id.ToString(), ["offset"] = "-1" });
        var refused = await admin.PostFormAsync("/admin/categories", "/admin/categories?handler=Delete", new() { ["categoryId"] = full.Id.ToString() });

        Assert.Contains(await refused.ErrorsAsync(), e => e.Contains("still holds", StringComparison.Ordinal));
        var names = await factory.WithDbAsync(db => db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync());
        Assert.Equal("Gift Boxes", names[^2]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/categories", "/admin/categories?handler=Delete", new() { ["categoryId"] = gifts.Id.ToString() })).StatusCode);
        Assert.DoesNotContain("Gift Boxes", await factory.WithDbAsync(db => db.Categories.Select(c => c.Name).ToListAsync()));
    }

    [Fact]
    public async Task The_editor_shows_which_guide_strategies_the_product_fits_and_that_a_draft_without_a_fit_has_none()
    {
        var admin = await factory.SignInAsync();
        var (fitting, links) = await factory.WithScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            foreach (var slug in await services.GetRequiredService<Storefront.Infrastructure.Persistence.StorefrontDbContext>().Products.Select(p => p.Slug).ToListAsync())
            {
                var found = await mediator.Send(new GetProductDetailsQuery(slug.Value));
                if (found is { GuideLinks.Count: > 0 })
                {
                    return (found.Id, found.GuideLinks);
                }
            }

            throw new InvalidOperationException("No sample product fits a guide strategy.");
        });
        var draft = await admin.CreateDraftAsync(factory, "Ankle Fashion Sock", "ankle-fashion-sock");
        var ankle = await factory.ProductFieldsAsync("Ankle Fashion Sock", "ankle-fashion-sock");
        ankle["Input.Style"] = "Ankle";
        ankle["Input.Compression"] = "Mild8To15";
        await admin.PostToProductAsync(draft, "Save", ankle);

        var fits = (await admin.GetDocumentAsync($"/admin/products/{fitting}")).QuerySelector(".guide-fit")!;
        Assert.Equal(links.Select(l => l.Url), fits.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var none = (await admin.GetDocumentAsync($"/admin/products/{draft}")).QuerySelector(".guide-fit")!;
        Assert.Empty(none.QuerySelectorAll("a"));
        Assert.Contains("fits no compression strategy", none.TextContent);
    }

    [Fact]
    public async Task A_new_price_reaches_carts_at_once_while_orders_already_placed_keep_the_price_they_were_placed_at()
    {
        var admin = await factory.SignInAsync();
        var order = await factory.PlaceOrderAsync(paid: true);
        var variantId = order.Lines[0].VariantId;
        var shopper = new Shopper(factory);
        await shopper.AddAsync(variantId);
        var (productId, variant) = await factory.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Variants.Any(v => v.Id == variantId));
            return (product.Id, product.Variants.Single(v => v.Id == variantId));
        });

        var repriced = await admin.PostToProductAsync(productId, "UpdateVariant", new()
        {
            ["Variant.VariantId"] = variantId.ToString(),
            ["Variant.Sku"] = variant.Sku,
            ["Variant.Size"] = variant.Size,
            ["Variant.Colour"] = variant.Colour,
            ["Variant.ColourHex"] = variant.ColourHex,
            ["Variant.Price"] = "23.00",
        });

        Assert.Equal(HttpStatusCode.Redirect, repriced.StatusCode);
        Assert.Equal("$23.00", (await shopper.CartAsync()).QuerySelector(".cart-line-total")!.TextContent.Trim());
        var placed = await factory.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == order.Id));
        Assert.Equal(20.00m, placed.Lines[0].UnitPrice.Amount);
        Assert.Contains("$40.00", (await admin.GetDocumentAsync($"/admin/orders/{order.Id}")).QuerySelector(".admin-table tbody")!.TextContent);
    }
}
