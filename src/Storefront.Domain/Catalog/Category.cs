using Storefront.Domain.Common;

namespace Storefront.Domain.Catalog;

public sealed class Category
{
    public const int MaxNameLength = 80;

    private Category()
    {
        Name = string.Empty;
        Slug = null!;
    }

    public Category(string name, Slug slug, int sortOrder)
    {
        Id = Guid.CreateVersion7();
        Name = ValidName(name);
        Slug = slug;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Slug Slug { get; private set; }

    public int SortOrder { get; private set; }

    public void Rename(string name, Slug slug)
    {
        Name = ValidName(name);
        Slug = slug;
    }

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxNameLength
            ? trimmed
            : throw new DomainException($"A category name needs 1 to {MaxNameLength} characters.");
    }
}
