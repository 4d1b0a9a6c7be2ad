using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Demo;

/// <summary>
/// One demo company as plain data, with references by external id (or index for the many sales lines),
/// so the generator stays pure and the loader alone deals with database ids.
/// </summary>
internal sealed record DemoSet(
    string Slug,
    string Name,
    IReadOnlyList<DemoUnit> Units,
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoProductGroup> ProductGroups,
    IReadOnlyList<DemoProduct> Products,
    IReadOnlyList<DemoCustomer> Customers,
    IReadOnlyList<DemoLine> Lines);

/// <summary>Units are listed parents first.</summary>
internal sealed record DemoUnit(string ExternalId, string Name, string? ParentExternalId);

internal sealed record DemoPerson(string ExternalId, string Name, PersonRole Role, string UnitExternalId,
    DateOnly StartDate, string Email);

internal sealed record DemoProductGroup(string ExternalId, string Name, bool IsNew);

internal sealed record DemoProduct(string ExternalId, string Name, string GroupExternalId, bool IsNew);

internal sealed record DemoCustomer(string ExternalId, string Name, string Segment, string OwnerExternalId,
    string UnitExternalId, decimal Potential);

/// <summary>A sales line; customer, salesperson and product are indexes into the set's lists.</summary>
internal sealed record DemoLine(DateOnly Date, string InvoiceNo, int LineNo, int Customer, int Salesperson, int Product,
    decimal Quantity, decimal Revenue, decimal Cost);
