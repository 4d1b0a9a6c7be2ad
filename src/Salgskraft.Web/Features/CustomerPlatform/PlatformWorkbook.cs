using System.Globalization;
using Microsoft.Extensions.Localization;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Export;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>The customer platform as a workbook: a sheet per view, headers in the user's language, figures as numbers.</summary>
public static class PlatformWorkbook
{
    public static string FileName(PlatformAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return string.Create(CultureInfo.InvariantCulture, $"kundeplattform-{analysis.Period}.xlsx");
    }

    public static byte[] Create(PlatformAnalysis analysis, IStringLocalizer<CustomerPlatformText> l)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(l);
        using var stream = new MemoryStream();
        XlsxExport.Write(stream, Sheets(analysis, l));
        return stream.ToArray();
    }

    private static IEnumerable<XlsxSheet> Sheets(PlatformAnalysis a, IStringLocalizer<CustomerPlatformText> l)
    {
        string T(string key) => l[key];
        string Position(PlatformPosition p) => T($"Position_{p}");
        static XlsxPercent? Percent(decimal? value) => value is { } v ? new XlsxPercent(v) : null;
        var t = a.Current.Thresholds;

        yield return new XlsxSheet(T("Sheet_Groups"),
            [T("Col_Group"), T("Col_Customers"), T("Col_New"), T("Col_Revenue"), T("Col_ShareOfRevenue"), T("Col_Cost"), T("Col_Contribution"),
                T("Col_Margin"), T("Col_SalesCost"), T("Col_ContributionAfterSalesCost"), T("Col_MarginAfterSalesCost")],
            a.Current.Groups.Append(a.Current.Total).Select(g => (IReadOnlyList<object?>)
            [
                g.Group is { } grp ? Position((PlatformPosition)grp) : T("Total"), g.Count, g.NewCount, g.Revenue, new XlsxPercent(g.ShareOfRevenue),
                g.Cost, g.Contribution, Percent(g.Margin), g.SalesCost, g.ContributionAfterSalesCost, Percent(g.MarginAfterSalesCost),
            ]));

        yield return new XlsxSheet(T("Sheet_Thresholds"), [T("Col_Setting"), T("Col_Value")],
        [
            [T("Period"), a.Period.ToString()],
            [T("Settings_RevenueShare"), new XlsxPercent(t.HighRevenueShare)],
            [T("Threshold_HighRevenueFrom"), t.HighRevenueFrom],
            [t.MarginThresholdIsOverall ? T("Threshold_OverallMargin") : T("Settings_MarginThreshold"), Percent(t.MarginThreshold)],
            [T("Settings_ContributionFloor"), t.ContributionFloor],
            [T("Settings_AfterSalesCost"), t.MarginAfterSalesCost],
        ]);

        yield return new XlsxSheet(T("Sheet_Customers"),
            [T("Col_CustomerNo"), T("Col_Name"), T("Col_Group"), T("Col_New"), T("Col_Revenue"), T("Col_Cost"), T("Col_Contribution"), T("Col_Margin"),
                T("Col_SalesCost"), T("Col_ContributionAfterSalesCost"), T("Col_Potential"), T("Col_PotentialClass"), T("Col_ShareOfWallet"),
                T("Col_Stage"), T("Col_PreviousGroup"), T("Col_PreviousRevenue")],
            a.Rows.Select(r => (IReadOnlyList<object?>)
            [
                r.ExternalId, r.Name, Position(r.Position), r.IsNew, r.Revenue, r.Cost, r.Contribution, Percent(r.Margin), r.SalesCost,
                r.ContributionAfterSalesCost, r.Potential, T($"Potential_{r.PotentialClass}"), Percent(r.ShareOfWallet),
                T($"Stage_{r.Stage}"), Position(r.PreviousPosition), r.PreviousRevenue,
            ]));

        yield return new XlsxSheet(T("Sheet_Target"),
            [T("Col_Group"), T("Col_GoalShare"), T("Col_ShareOfRevenue"), T("Col_Gap"), T("Col_GoalMargin"), T("Col_Margin"), T("Col_Gap")],
            a.TargetGaps().Select(g => (IReadOnlyList<object?>)
            [
                Position((PlatformPosition)g.Group), Percent(g.GoalShareOfRevenue), new XlsxPercent(g.ShareOfRevenue), Percent(g.ShareGap),
                Percent(g.GoalMargin), Percent(g.Margin), Percent(g.MarginGap),
            ]));

        yield return new XlsxSheet(T("Sheet_Movement"),
            [T("Col_From"), T("Col_To"), T("Col_Customers"), T("Col_PreviousRevenue"), T("Col_Revenue")],
            a.Movement.Cells.Select(c => (IReadOnlyList<object?>)[Position(c.From), Position(c.To), c.Count, c.PreviousRevenue, c.CurrentRevenue]));

        yield return new XlsxSheet(T("Sheet_Potential"),
            [T("Col_Group"), T("Col_PotentialClass"), T("Col_Customers"), T("Col_Revenue"), T("Col_Potential")],
            a.PotentialGrid.Cells.Select(c => (IReadOnlyList<object?>)
                [Position(c.Position), T($"Potential_{c.Class}"), c.Count, c.Revenue, c.Potential]));

        yield return new XlsxSheet(T("Sheet_Ansoff"), [T("Col_Quadrant"), T("Col_Customers"), T("Col_Revenue"), T("Col_ShareOfRevenue")],
            a.Ansoff.Cells.Select(c => (IReadOnlyList<object?>)
                [T($"Ansoff_{c.Quadrant}"), c.CustomerIds.Count, c.Revenue, new XlsxPercent(c.ShareOfRevenue)]));

        yield return new XlsxSheet(T("Sheet_Stages"), [T("Col_Stage"), T("Col_Customers"), T("Col_Revenue")],
            Enum.GetValues<DevelopmentStage>().Select(s => (IReadOnlyList<object?>)
            [
                T($"Stage_{s}"), a.Stages.Count(s), a.Select(new CustomerSelection(SelectionKind.Stage, Stage: s)).Sum(r => r.Revenue),
            ]));

        yield return new XlsxSheet(T("Sheet_Loss"), [T("Col_CustomerNo"), T("Col_Name"), T("Col_PreviousRevenue")],
            a.Select(new CustomerSelection(SelectionKind.Loss)).OrderByDescending(r => r.PreviousRevenue)
                .Select(r => (IReadOnlyList<object?>)[r.ExternalId, r.Name, r.PreviousRevenue]));

        yield return new XlsxSheet(T("Sheet_NoRevenue"), [T("Col_CustomerNo"), T("Col_Name"), T("Col_Revenue"), T("Col_Cost")],
            a.Current.NoRevenue.Select(c => (IReadOnlyList<object?>)[c.ExternalId, c.Name, c.Revenue, c.Cost]));
    }
}
