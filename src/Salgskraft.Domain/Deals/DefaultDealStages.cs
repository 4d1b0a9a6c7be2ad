namespace Salgskraft.Domain.Deals;

/// <summary>The stages and probabilities every new company starts with; the company may change them.</summary>
public static class DefaultDealStages
{
    /// <summary>New, unsaved stages for a company; names are nb-NO, the default UI language.</summary>
    public static IReadOnlyList<DealStage> Create(int companyId) =>
    [
        new() { CompanyId = companyId, Name = "Lead", Order = 1, Probability = 0.10m },
        new() { CompanyId = companyId, Name = "Kvalifisert", Order = 2, Probability = 0.25m },
        new() { CompanyId = companyId, Name = "Møte", Order = 3, Probability = 0.40m, IsMeeting = true },
        new() { CompanyId = companyId, Name = "Tilbud", Order = 4, Probability = 0.60m, IsQuote = true },
        new() { CompanyId = companyId, Name = "Forhandling", Order = 5, Probability = 0.80m, IsQuote = true },
    ];
}
