namespace Salgskraft.Domain.Activities;

/// <summary>The activity types of seed 003 that every new company starts with.</summary>
public static class DefaultActivityTypes
{
    public const string Meeting = "meeting";
    public const string Call = "call";
    public const string Offer = "offer";
    public const string Stand = "stand";
    public const string Quote = "quote";
    public const string Other = "other";

    /// <summary>
    /// New, unsaved types for a company. Names are nb-NO, the default UI language; the UI translates default types
    /// by <see cref="ActivityType.Code"/>. Costs start at 0 because only the company knows what its activities cost.
    /// </summary>
    public static IReadOnlyList<ActivityType> Create(int companyId) =>
    [
        new() { CompanyId = companyId, Code = Meeting, Name = "Kundemøte", IsCustomerFacing = true },
        new() { CompanyId = companyId, Code = Call, Name = "Telefonsamtale", IsCustomerFacing = true },
        new() { CompanyId = companyId, Code = Offer, Name = "Tilbudsbrev/kampanje", IsCustomerFacing = true },
        new() { CompanyId = companyId, Code = Stand, Name = "Stand/messe", IsCustomerFacing = true },
        new() { CompanyId = companyId, Code = Quote, Name = "Tilbud/prosjekt", IsCustomerFacing = true },
        new() { CompanyId = companyId, Code = Other, Name = "Annet", IsCustomerFacing = false },
    ];
}
