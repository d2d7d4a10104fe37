namespace Storefront.Domain.Guides;

/// <summary>What kind of step a strategy asks of the reader. Only <see cref="Compression"/> ever suggests a sock.</summary>
public enum StrategyKind
{
    Lifestyle,
    Hydration,
    Stretching,
    Compression,
    Medical,
}
