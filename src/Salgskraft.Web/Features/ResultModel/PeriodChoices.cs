using System.Globalization;
using Salgskraft.Domain.Common;

namespace Salgskraft.Web.Features.ResultModel;

/// <summary>The periods offered in the result-model pages: this and the two previous years, their quarters, the last months.</summary>
public static class PeriodChoices
{
    public static IReadOnlyList<Period> For(DateOnly today)
    {
        var list = new List<Period>();
        for (var year = today.Year; year >= today.Year - 2; year--)
        {
            list.Add(Period.Year(year));
        }

        for (var quarter = ((today.Month - 1) / 3) + 1; quarter >= 1; quarter--)
        {
            list.Add(Period.Quarter(today.Year, quarter));
        }

        for (var back = 0; back < 6; back++)
        {
            var month = today.AddMonths(-back);
            list.Add(Period.Month(month.Year, month.Month));
        }

        return list;
    }

    /// <summary>A period as the user reads it: 2025, 2025-Q1, or the month's name.</summary>
    public static string Label(Period period) => period.Kind == PeriodKind.Month
        ? period.Start.ToString("MMMM yyyy", CultureInfo.CurrentCulture)
        : period.ToString();
}
