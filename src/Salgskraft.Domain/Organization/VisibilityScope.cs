namespace Salgskraft.Domain.Organization;

/// <summary>
/// The part of one company a user may see: the whole company, a set of units (a manager's units
/// and those below them), or one person's own customers and sales.
/// </summary>
public sealed record VisibilityScope
{
    private VisibilityScope(int companyId, IReadOnlySet<int>? unitIds, int? personId)
    {
        CompanyId = companyId;
        UnitIds = unitIds;
        PersonId = personId;
    }

    public int CompanyId { get; }

    /// <summary>Set when the scope is limited to units.</summary>
    public IReadOnlySet<int>? UnitIds { get; }

    /// <summary>Set when the scope is limited to one person's own data.</summary>
    public int? PersonId { get; }

    public bool IsWholeCompany => UnitIds is null && PersonId is null;

    public static VisibilityScope WholeCompany(int companyId) => new(companyId, null, null);

    public static VisibilityScope Units(int companyId, IReadOnlySet<int> unitIds) => new(companyId, unitIds, null);

    public static VisibilityScope OwnOnly(int companyId, int personId) => new(companyId, null, personId);

    /// <summary>
    /// Narrows the scope to a unit subtree the user picked in the unit switcher; it never widens it,
    /// and a salesperson's own scope stays their own.
    /// </summary>
    public VisibilityScope NarrowTo(IReadOnlySet<int> unitSubtree) => PersonId is not null
        ? this
        : Units(CompanyId, UnitIds is null ? unitSubtree : UnitIds.Intersect(unitSubtree).ToHashSet());

    /// <summary>
    /// The rule of DOMAIN.md "Who uses it": administrators and directors see the company, a manager the
    /// units under their own unit, a salesperson only their own. A manager or salesperson without a
    /// person (or a manager without a unit) sees nothing rather than everything.
    /// </summary>
    public static VisibilityScope For(int companyId, AccessRole role, int? personId, int? personUnitId,
        IEnumerable<(int Id, int? ParentId)> companyUnits) => role switch
    {
        AccessRole.Administrator or AccessRole.Director => WholeCompany(companyId),
        AccessRole.Manager when personUnitId is { } unit => Units(companyId, UnitTree.SelfAndDescendants(unit, companyUnits)),
        AccessRole.Manager or AccessRole.Salesperson => OwnOnly(companyId, personId ?? 0),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
