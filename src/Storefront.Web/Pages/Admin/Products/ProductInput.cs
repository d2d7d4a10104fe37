using Storefront.Application.Admin.Products;
using Storefront.Application.Admin.Products.CreateProduct;
using Storefront.Application.Admin.Products.GetProductEditor;
using Storefront.Application.Admin.Products.UpdateProduct;
using Storefront.Domain.Catalog;
using DomainSlug = Storefront.Domain.Common.Slug;

namespace Storefront.Web.Pages.Admin.Products;

/// <summary>The product form as posted. Uses arrive as one checkbox per use; an empty slug is suggested from the name.</summary>
public sealed class ProductInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public Guid CategoryId { get; set; }

    public SockStyle Style { get; set; }

    public CompressionLevel Compression { get; set; }

    public List<SockUse> Uses { get; set; } = [];

    public string? Description { get; set; }

    public string? Material { get; set; }

    public string? Care { get; set; }

    public ProductStatus Status { get; set; }

    public static ProductInput From(ProductEditor editor) => new()
    {
        Name = editor.Name,
        Slug = editor.Slug,
        CategoryId = editor.CategoryId,
        Style = editor.Style,
        Compression = editor.Compression,
        Uses = CatalogLabels.Split(editor.Uses).ToList(),
        Description = editor.Description,
        Material = editor.Material,
        Care = editor.Care,
        Status = editor.Status,
    };

    public CreateProductCommand ToCreateCommand() => Fields<CreateProductCommand>();

    public UpdateProductCommand ToUpdateCommand(Guid productId, int version) =>
        Fields<UpdateProductCommand>() with { ProductId = productId, Version = version, Status = Status };

    private T Fields<T>()
        where T : ProductFields, new() => new()
        {
            Name = Name ?? string.Empty,
            Slug = SlugOrSuggestion(),
            CategoryId = CategoryId,
            Style = Style,
            Compression = Compression,
            Uses = CombinedUses(),
            Description = Description,
            Material = Material,
            Care = Care,
        };

    private SockUse CombinedUses() => Uses.Aggregate(SockUse.None, (all, use) => all | use);

    private string SlugOrSuggestion() =>
        !string.IsNullOrWhiteSpace(Slug) ? Slug.Trim()
        : Name is { } name && name.Any(char.IsAsciiLetterOrDigit) ? DomainSlug.FromText(name).Value
        : string.Empty;
}
