namespace Storefront.Application.Admin.Products;

/// <summary>Reads and writes the product spreadsheet: one row per variant, the product's fields repeated on each.</summary>
public interface IProductCsv
{
    byte[] Write(IEnumerable<ProductCsvRow> rows);

    /// <summary>The rows of a file, or a problem with the file as a whole (not CSV, wrong columns).</summary>
    ProductCsvFile Read(Stream content);
}

public sealed record ProductCsvFile(IReadOnlyList<ProductCsvRow> Rows, string? Problem);

/// <summary>One line of the spreadsheet as text; the import parses and checks every field itself.</summary>
public sealed record ProductCsvRow
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Slug", "Name", "Category", "Status", "Style", "Compression", "Uses", "Material", "Care", "Description",
        "Sku", "Size", "Colour", "ColourHex", "Price", "CompareAtPrice", "StockOnHand",
    ];

    public int Line { get; init; }

    public string Slug { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public string Style { get; init; } = string.Empty;

    public string Compression { get; init; } = string.Empty;

    public string Uses { get; init; } = string.Empty;

    public string Material { get; init; } = string.Empty;

    public string Care { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public string Sku { get; init; } = string.Empty;

    public string Size { get; init; } = string.Empty;

    public string Colour { get; init; } = string.Empty;

    public string ColourHex { get; init; } = string.Empty;

    public string Price { get; init; } = string.Empty;

    public string CompareAtPrice { get; init; } = string.Empty;

    public string StockOnHand { get; init; } = string.Empty;
}
