using Salgskraft.Domain.Deals;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Domain.Tests.ResultModel;

public sealed class QualityIndexTests
{
    [Fact]
    public void Value_NoClosedQuotes_UsesConversionOnly()
    {
        // 4 closed deals reached a meeting, none a quote: meeting → quote = 0 → 0.
        var quality = new QualityIndex(new DealFunnel(4, 0, 0, 0), 0.75m, 0.50m);

        Assert.Null(quality.ClosingPart);
        Assert.Equal(0m, quality.Value);
    }

    [Fact]
    public void Value_NoClosedDeals_IsNull() =>
        Assert.Null(new QualityIndex(new DealFunnel(0, 0, 0, 0), 0.75m, 0.50m).Value);

    [Fact]
    public void Value_NoGoals_IsNull() =>
        Assert.Null(new QualityIndex(new DealFunnel(10, 5, 3, 3), null, null).Value);

    [Fact]
    public void Value_OnlyClosingRateGoal_IsClosingPart() =>
        Assert.Equal(80m, new QualityIndex(new DealFunnel(10, 5, 3, 3), 0.75m, null).Value);

    [Fact]
    public void ClosingPart_PerfectRateAgainstLowGoal_IsCappedAt200() =>
        Assert.Equal(200m, new QualityIndex(new DealFunnel(4, 4, 4, 4), 0.25m, null).ClosingPart);

    [Fact]
    public void Value_WithCompetenceIndex_BlendsHalfAndHalf() =>
        // observed 80, competence 120
        Assert.Equal(100m, new QualityIndex(new DealFunnel(10, 5, 3, 3), 0.75m, null, CompetenceIndex: 120m).Value);

    [Fact]
    public void Value_CompetenceOnly_IsCompetenceCapped() =>
        Assert.Equal(200m, new QualityIndex(new DealFunnel(0, 0, 0, 0), 0.75m, 0.50m, CompetenceIndex: 250m).Value);
}
