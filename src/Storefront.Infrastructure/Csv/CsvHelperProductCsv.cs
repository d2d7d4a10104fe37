using System.Globalization;
using CsvHelper;
using Storefront.Application.Admin.Products;

namespace Storefront.Infrastructure.Csv;

/// <summary>The product spreadsheet through CsvHelper: RFC 4180 quoting, so descriptions with commas, quotes and new lines survive.</summary>
internal sealed class CsvHelperProductCsv : IProductCsv
{
    private static readonly CsvReaderOptions ReaderOptions = new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    // A cell starting with = + - @ (or tab, CR) would run as a formula in a spreadsheet: it gets a ' in front, which
    // the import takes off again, so an export imports unchanged.
    private static readonly CsvWriterOptions WriterOptions = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public byte[] Write(IEnumerable<ProductCsvRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, WriterOptions, true))
        {
            csv.WriteHeader([.. ProductCsvRow.Columns]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. Fields(row)]);
            }
        }

        return buffer.ToArray();
    }

    public ProductCsvFile Read(Stream content)
    {
        using var csv = CsvReader.Create(content, ReaderOptions, true);
        try
        {
            var header = csv.Headers.ToList();
            if (header.Count == 0)
            {
                return new ProductCsvFile([], "The file is empty.");
            }

            var problem = HeaderProblem(header);
            if (problem is not null)
            {
                return new ProductCsvFile([], problem);
            }

            var rows = new List<ProductCsvRow>();
            while (csv.Read())
            {
                string Get(string column) => Unescape(csv.GetString(column) ?? string.Empty);
                rows.Add(new ProductCsvRow
                {
                    Line = (int)csv.LineNumber,
                    Slug = Get("Slug"),
                    Name = Get("Name"),
                    Category = Get("Category"),
                    Status = Get("Status"),
                    Style = Get("Style"),
                    Compression = Get("Compression"),
                    Uses = Get("Uses"),
                    Material = Get("Material"),
                    Care = Get("Care"),
                    Description = Get("Description"),
                    Sku = Get("Sku"),
                    Size = Get("Size"),
                    Colour = Get("Colour"),
                    ColourHex = Get("ColourHex"),
                    Price = Get("Price"),
                    CompareAtPrice = Get("CompareAtPrice"),
                    StockOnHand = Get("StockOnHand"),
                });
            }

            return rows.Count == 0 ? new ProductCsvFile([], "The file has a header but no rows.") : new ProductCsvFile(rows, null);
        }
        catch (CsvFormatException e)
        {
            return new ProductCsvFile([], $"The file could not be read as CSV near line {e.LineNumber}.");
        }
    }

    private static string Unescape(string field) =>
        field.Length > 1 && field[0] == WriterOptions.InjectionEscape && WriterOptions.InjectionCharacters.Contains(field[1]) ? field[1..] : field;

    private static string? HeaderProblem(List<string> header)
    {
        var missing = ProductCsvRow.Columns.Except(header, StringComparer.Ordinal).ToList();
        var unknown = header.Except(ProductCsvRow.Columns, StringComparer.Ordinal).ToList();
        if (missing.Count == 0 && unknown.Count == 0 && header.Count == ProductCsvRow.Columns.Count)
        {
            return null;
        }

        var parts = new List<string> { $"The columns must be: {string.Join(", ", ProductCsvRow.Columns)}." };
        if (missing.Count > 0)
        {
            parts.Add($"Missing: {string.Join(", ", missing)}.");
        }

        if (unknown.Count > 0)
        {
            parts.Add($"Not known: {string.Join(", ", unknown)}.");
        }

        return string.Join(' ', parts);
    }

    private static IEnumerable<string> Fields(ProductCsvRow row) =>
    [
        row.Slug, row.Name, row.Category, row.Status, row.Style, row.Compression, row.Uses, row.Material, row.Care, row.Description,
        row.Sku, row.Size, row.Colour, row.ColourHex, row.Price, row.CompareAtPrice, row.StockOnHand,
    ];
}
