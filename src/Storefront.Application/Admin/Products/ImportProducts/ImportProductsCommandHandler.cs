using Mediator;
using Microsoft.EntityFrameworkCore;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using Storefront.Domain.Common;

namespace Storefront.Application.Admin.Products.ImportProducts;

public sealed class ImportProductsCommandHandler(IStorefrontDbContext db, IProductCsv csv, IClock clock)
    : ICommandHandler<ImportProductsCommand, ImportReport>
{
    public async ValueTask<ImportReport> Handle(ImportProductsCommand command, CancellationToken cancellationToken)
    {
        var file = csv.Read(command.Content);
        if (file.Problem is not null)
        {
            return new ImportReport(false, 0, 0, 0, 0, [new ImportProblem(1, file.Problem)]);
        }

        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug.Value, c => c.Id, cancellationToken);
        var products = await db.Products.Include(p => p.Variants).ToListAsync(cancellationToken);
        var import = new CatalogImport(products, categories, clock.UtcNow);
        foreach (var group in file.Rows.GroupBy(r => r.Slug.Trim()))
        {
            import.Apply(group.ToList());
        }

        if (import.Problems.Count > 0)
        {
            return new ImportReport(false, 0, 0, 0, 0, import.Problems.OrderBy(p => p.Line).ToList());
        }

        db.Products.AddRange(import.CreatedProducts);
        db.StockAdjustments.AddRange(import.Adjustments);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException lostRace) when (db.IsLostRace(lostRace))
        {
            throw new DomainException("The catalog changed while the file was imported. Nothing was applied; import the file again.");
        }

        return new ImportReport(true, import.CreatedProducts.Count, import.ChangedProducts, import.VariantsCreated, import.VariantsChanged, []);
    }
}
