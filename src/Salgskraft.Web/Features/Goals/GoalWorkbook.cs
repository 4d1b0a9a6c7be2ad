using Microsoft.Extensions.Localization;
using Salgskraft.Core.Export;
using Salgskraft.Core.Goals;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Web.Features.Goals;

/// <summary>A team's goals of a period as an .xlsx workbook, in the user's language; percentages stay numbers.</summary>
public static class GoalWorkbook
{
    public static string FileName(string period) => $"maal-{period}.xlsx";

    public static byte[] Create(IReadOnlyList<(GoalDto Goal, GoalEvaluationDto Evaluation)> goals, string period, IStringLocalizer<GoalsText> l)
    {
        object? Value(decimal? v, GoalUnit unit) => v is { } x && unit == GoalUnit.Percent ? new XlsxPercent(x) : v;
        var rows = goals.Select(x => (IReadOnlyList<object?>)
        [
            x.Goal.OwnerName, x.Goal.Period, l["Metric_" + x.Goal.Metric].Value, x.Goal.Subject,
            Value(x.Goal.Target, x.Goal.Unit), Value(x.Goal.AgreedTarget, x.Goal.Unit),
            x.Goal.Agreement is { } s ? l["State_" + s].Value : null,
            Value(x.Evaluation.Actual, x.Goal.Unit), Value(x.Evaluation.Expected, x.Goal.Unit), Value(x.Evaluation.Forecast, x.Goal.Unit),
            l["Light_" + x.Evaluation.Status].Value,
        ]);
        using var stream = new MemoryStream();
        XlsxExport.Write(stream,
        [
            new XlsxSheet(period, [l["Owner"], l["Period"], l["Metric"], l["Subject"], l["Target"], l["AgreedTarget"], l["Agreement"], l["Actual"],
                l["Expected"], l["Forecast"], l["Status"]], rows),
        ]);
        return stream.ToArray();
    }
}
