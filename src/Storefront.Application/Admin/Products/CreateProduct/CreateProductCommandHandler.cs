using Mediator;
using Storefront.Application.Common;
using Storefront.Domain.Catalog;
using DomainSlug = Storefront.Domain.Common.Slug;

namespace Storefront.Application.Admin.Products.CreateProduct;

public sealed class CreateProductCommandHandler(IStorefrontDbContext db, IClock clock) : ICommandHandler<CreateProductCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        var product = new Product(command.Name, DomainSlug.Parse(command.Slug), command.CategoryId, command.Style, command.Compression, command.Uses, clock.UtcNow);
        product.Describe(command.Description ?? string.Empty, command.Material ?? string.Empty, command.Care ?? string.Empty);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return product.Id;
    }
}
