namespace Storefront.Application.Common;

/// <summary>
/// The one page-number rule: below 1 is page 1, and no page lies so far out that its row offset
/// ((page - 1) * size) overflows into a negative OFFSET, which SQL Server refuses.
/// </summary>
public readonly record struct Paging
{
    public Paging(int requested, int size)
    {
        Size = size;
        Number = Math.Clamp(requested, 1, int.MaxValue / size);
    }

    public int Number { get; }

    public int Size { get; }

    public int PageCount(int total) => Math.Max(1, (int)Math.Ceiling(total / (double)Size));
}

public static class PagingExtensions
{
    public static IQueryable<T> Page<T>(this IQueryable<T> rows, Paging paging) =>
        rows.Skip((paging.Number - 1) * paging.Size).Take(paging.Size);
}
