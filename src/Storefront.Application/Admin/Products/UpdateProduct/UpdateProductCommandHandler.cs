using Mediator;
using Storefront.Application.Common;
using DomainSlug = Storefront.Domain.Common.Slug;

namespace Storefront.Application.Admin.Products.UpdateProduct;

public sealed class UpdateProductCommandHandler(IStorefrontDbContext db) : ICommandHandler<UpdateProductCommand>
{
    public async ValueTask<Unit> Handle(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        var product = await db.LoadAsync(command.ProductId, cancellationToken);
        product.Revise(command.Version);
        product.Rename(command.Name, DomainSlug.Parse(command.Slug));
        product.MoveToCategory(command.CategoryId);
        product.Classify(command.Style, command.Compression, command.Uses);
        product.Describe(command.Description ?? string.Empty, command.Material ?? string.Empty, command.Care ?? string.Empty);
        product.ChangeStatus(command.Status);

        await db.SaveProductAsync(cancellationToken);
        return Unit.Value;
    }
}
