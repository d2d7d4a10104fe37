using Mediator;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Storefront.Application.Admin.Products.AdjustStock;
using Storefront.Application.Admin.Products.ArrangeProductImage;
using Storefront.Application.Admin.Products.GetProductEditor;
using Storefront.Application.Admin.Products.RemoveVariant;
using Storefront.Application.Admin.Products.UploadProductImage;
using Storefront.Web.Admin;
using Storefront.Web.Rendering;

namespace Storefront.Web.Pages.Admin.Products;

/// <summary>
/// One product: its fields, variants, stock and pictures. Every form carries the product version it was rendered from, so a save
/// over someone else's newer save is refused. Each handler sends one command; on failure the page is shown again with the errors.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class EditModel(IMediator mediator, MarkdownRenderer markdown) : PageModel
{
    // Well above the 2 MB picture limit, so an oversized picture gets a form error rather than a refused request.
    private const long MaxRequestBytes = 25 * 1024 * 1024;

    [FromRoute]
    public Guid Id { get; set; }

    public ProductEditor Editor { get; private set; } = null!;

    public ProductInput Input { get; private set; } = new();

    public VariantInput NewVariant { get; private set; } = new();

    public IHtmlContent? Preview { get; private set; }

    /// <summary>The version the product form was first rendered from; kept across a preview or a failed save so a stale form stays stale.</summary>
    public int ProductFormVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync([Bind(Prefix = "Input")] ProductInput input, int version, CancellationToken cancellationToken) =>
        await SendAsync(input.ToUpdateCommand(Id, version), "Input.", "Product saved.", (input, version), cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync([Bind(Prefix = "Input")] ProductInput input, int version, CancellationToken cancellationToken)
    {
        Preview = markdown.Render(input.Description);
        return await ShowAsync((input, version), cancellationToken);
    }

    public async Task<IActionResult> OnPostAddVariantAsync([Bind(Prefix = "NewVariant")] VariantInput variant, int version, CancellationToken cancellationToken)
    {
        NewVariant = variant;
        return await SendAsync(variant.ToAddCommand(Id, version), "NewVariant.", $"Variant {variant.Sku?.Trim().ToUpperInvariant()} added.", null, cancellationToken);
    }

    public async Task<IActionResult> OnPostUpdateVariantAsync([Bind(Prefix = "Variant")] VariantInput variant, int version, CancellationToken cancellationToken) =>
        await SendAsync(variant.ToUpdateCommand(Id, version), "Variant.", $"Variant {variant.Sku?.Trim().ToUpperInvariant()} saved.", null, cancellationToken);

    public async Task<IActionResult> OnPostRemoveVariantAsync(Guid variantId, int version, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(null, cancellationToken);
        }

        var (removed, retired) = await mediator.TrySendAsync(new RemoveVariantCommand(Id, version, variantId), ModelState, string.Empty, cancellationToken);
        return removed
            ? Done(retired ? "The variant appears in orders, so it was retired: it stays on old orders but can no longer be bought." : "Variant removed.", "NewVariant.")
            : await ShowAsync(null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAdjustStockAsync(Guid variantId, int stockOnHand, string? reason, int version, CancellationToken cancellationToken) =>
        await SendAsync(new AdjustStockCommand(Id, version, variantId, stockOnHand, reason ?? string.Empty), "Stock.", "Stock updated.", null, cancellationToken);

    public async Task<IActionResult> OnPostUploadImageAsync(IFormFile? file, string? altText, string? colour, int version, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var command = new UploadProductImageCommand { ProductId = Id, Version = version, Length = file?.Length ?? 0, Content = content, AltText = altText ?? string.Empty, Colour = colour };
        return await SendAsync(command, "Image.", "Picture added.", null, cancellationToken);
    }

    public async Task<IActionResult> OnPostArrangeImageAsync(Guid imageId, ImageArrangement arrangement, int version, CancellationToken cancellationToken) =>
        await SendAsync(new ArrangeProductImageCommand(Id, version, imageId, arrangement), "Image.", arrangement == ImageArrangement.Remove ? "Picture removed." : "Pictures reordered.", null, cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string prefix, string notice, (ProductInput Input, int Version)? productForm, CancellationToken cancellationToken)
    {
        // A value that could not even be read (letters in a price) is already a form error; nothing is sent.
        if (ModelState.IsValid && (await mediator.TrySendAsync(command, ModelState, prefix, cancellationToken)).Succeeded)
        {
            return Done(notice, prefix);
        }

        return await ShowAsync(productForm, cancellationToken);
    }

    /// <summary>Back to the section that was saved, with the confirmation shown there rather than at the top.</summary>
    private RedirectResult Done(string notice, string prefix)
    {
        var section = SectionOf(prefix);
        TempData[SectionNoticeKey] = $"{section}|{notice}";
        return Redirect($"/admin/products/{Id}#{section}");
    }

    public const string SectionNoticeKey = "SectionNotice";

    /// <summary>The editor section a form belongs to, named by its field prefix.</summary>
    public static string SectionOf(string prefix) => prefix switch
    {
        "Input." => "details",
        "Image." => "pictures",
        _ => "variants",
    };

    private async Task<IActionResult> ShowAsync((ProductInput Input, int Version)? productForm, CancellationToken cancellationToken)
    {
        var editor = await mediator.Send(new GetProductEditorQuery(Id), cancellationToken);
        if (editor is null)
        {
            return NotFound();
        }

        Editor = editor;
        Input = productForm?.Input ?? ProductInput.From(editor);
        ProductFormVersion = productForm?.Version ?? editor.Version;
        return Page();
    }
}
