using Salgskraft.Domain.Deals;

namespace Salgskraft.Domain.Tests.Deals;

/// <summary>The default stages with ids 1..5 (lead, qualified, meeting, quote, negotiation).</summary>
internal static class DealTestData
{
    public const int Lead = 1;
    public const int Qualified = 2;
    public const int Meeting = 3;
    public const int Quote = 4;
    public const int Negotiation = 5;

    public static IReadOnlyList<DealStage> Stages()
    {
        var stages = DefaultDealStages.Create(companyId: 1);
        for (var i = 0; i < stages.Count; i++)
        {
            stages[i].Id = i + 1;
        }

        return stages;
    }

    private static int nextId = 1000;

    public static Deal Deal(
        int stageId,
        decimal value = 100_000m,
        DealStatus status = DealStatus.Open,
        DateOnly? closedOn = null,
        int customerId = 100,
        DateOnly? createdOn = null,
        int? id = null) =>
        new()
        {
            Id = id ?? Interlocked.Increment(ref nextId),
            CompanyId = 1,
            CustomerId = customerId,
            PersonId = 7,
            Title = "Deal",
            Value = value,
            StageId = stageId,
            Status = status,
            ClosedOn = closedOn,
            CreatedOn = createdOn ?? new DateOnly(2025, 1, 2),
            StageChangedOn = createdOn ?? new DateOnly(2025, 1, 2),
        };
}
