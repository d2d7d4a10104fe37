using Mediator;

namespace Storefront.Application.Admin.Products.ImportProducts;

/// <summary>
/// Applies a product CSV: products by slug and variants by SKU are created or updated; products and variants
/// missing from the file are left alone. Every row is checked first; one bad row means nothing is applied.
/// </summary>
public sealed record ImportProductsCommand : ICommand<ImportReport>
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public long Length { get; init; }

    public Stream Content { get; init; } = Stream.Null;
}

public sealed record ImportReport(bool Applied, int ProductsCreated, int ProductsChanged, int VariantsCreated, int VariantsChanged, IReadOnlyList<ImportProblem> Problems)
{
    public bool ChangedNothing => Applied && ProductsCreated + ProductsChanged + VariantsCreated + VariantsChanged == 0;
}

/// <summary>A bad row: its line in the file (the header is line 1) and what is wrong with it.</summary>
public sealed record ImportProblem(int Line, string Message);
