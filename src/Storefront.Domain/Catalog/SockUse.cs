namespace Storefront.Domain.Catalog;

/// <summary>What a sock is made for. A sock may serve several uses.</summary>
[Flags]
public enum SockUse
{
    None = 0,
    Everyday = 1,
    Running = 2,
    Travel = 4,
    Recovery = 8,
    Pregnancy = 16,
}
