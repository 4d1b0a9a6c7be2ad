namespace Salgskraft.Core.Import.Reading;

/// <summary>The kinds of file the importer takes; each has its own canonical fields.</summary>
public enum ImportKind
{
    Customers,
    Products,
    People,
    SalesLines,
    Potentials,
    Activities,
    Deals,
    Surveys,
    Goals,
    SalesCosts,
}

/// <summary>The names kinds have on the command line and in the API (<c>sales-lines</c>).</summary>
public static class ImportKinds
{
    private static readonly (ImportKind Kind, string Name)[] Names =
    [
        (ImportKind.Customers, "customers"),
        (ImportKind.Products, "products"),
        (ImportKind.People, "people"),
        (ImportKind.SalesLines, "sales-lines"),
        (ImportKind.Potentials, "potentials"),
        (ImportKind.Activities, "activities"),
        (ImportKind.Deals, "deals"),
        (ImportKind.Surveys, "surveys"),
        (ImportKind.Goals, "goals"),
        (ImportKind.SalesCosts, "sales-costs"),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    public static string Name(ImportKind kind) => Names.First(n => n.Kind == kind).Name;

    public static bool TryParse(string? name, out ImportKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
