using Salgskraft.Domain.Common;

namespace Salgskraft.Domain.Tests.Common;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("FY2025-07", "2025-07-01", "2026-06-30")]
    [InlineData("2025-Q1", "2025-01-01", "2025-03-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-W01", "2024-12-30", "2025-01-05")]
    [InlineData("R12-2025-06", "2024-07-01", "2025-06-30")]
    public void TryParse_KnownForms_GiveInclusiveBounds(string text, string start, string end)
    {
        Assert.True(Period.TryParse(text, out var period));

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-13")]
    [InlineData("2025-Q5")]
    [InlineData("2021-W53")]
    [InlineData("hello")]
    public void TryParse_Nonsense_IsFalse(string text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void Previous_OfQuarterOne_IsLastQuarterOfYearBefore()
    {
        Assert.Equal(Period.Quarter(2024, 4), Period.Quarter(2025, 1).Previous());
        Assert.Equal(Period.Year(2024), Period.Year(2025).Previous());
        Assert.Equal(Period.Month(2024, 12), Period.Month(2025, 1).Previous());
    }
}
