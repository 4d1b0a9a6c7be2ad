using Salgskraft.Core.Common;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Common;

namespace Salgskraft.Web.Features.ResultModel;

/// <summary>Reads the <c>period</c> query parameter (<c>2025</c>, <c>2025-Q1</c>, <c>2025-03</c>, <c>2025-W05</c>, …).</summary>
public static class PeriodQuery
{
    /// <summary>The period named, or <paramref name="fallback"/> when none is; a malformed one is a field-keyed 400.</summary>
    public static Period Parse(string? text, Period fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback
        : Period.TryParse(text, out var period) ? period
        : throw new ValidationFailedException("period", ResultModelReasons.NotAPeriod(text));

    public static Period ThisYear(TimeProvider clock) => Period.Year(clock.GetLocalNow().Year);
}
