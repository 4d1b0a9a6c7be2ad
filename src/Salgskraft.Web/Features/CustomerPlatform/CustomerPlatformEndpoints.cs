using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Salgskraft.Core.Common;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Export;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Customers;
using Salgskraft.Web.Infrastructure;

namespace Salgskraft.Web.Features.CustomerPlatform;

/// <summary>
/// The query string every view takes: the period (<c>2025</c>, <c>FY2025-07</c>, <c>2025-Q1</c>, <c>2025-03</c>,
/// <c>R12-2025-06</c>; default this year), an optional unit or salesperson (database ids) inside the caller's scope,
/// and what-if overrides of the company's settings (fractions: <c>revenueShare=0.8</c>, <c>marginThreshold=0.2</c>;
/// <c>overallMargin=true</c> for the overall margin where the company has a fixed threshold).
/// </summary>
public sealed record PlatformParameters(
    string? Period,
    int? UnitId,
    int? PersonId,
    decimal? RevenueShare,
    decimal? MarginThreshold,
    decimal? ContributionFloor,
    bool? AfterSalesCost,
    bool? OverallMargin)
{
    public Period ParsePeriod(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(Period))
        {
            return Domain.Common.Period.Year(clock.GetLocalNow().Year);
        }

        return Domain.Common.Period.TryParse(Period, out var period)
            ? period
            : throw ValidationFailedException.English("period", "Write the period as 2025, FY2025-07, 2025-Q1, 2025-03 or R12-2025-06.");
    }

    public PlatformFilter Filter => new(UnitId, PersonId);

    public PlatformOverrides Overrides => new(RevenueShare, MarginThreshold, ContributionFloor, AfterSalesCost, OverallMargin ?? false);
}

public sealed record MovementCellResponse(string From, string To, int Count, decimal PreviousRevenue, decimal CurrentRevenue, string Selection);

public sealed record MovementResponse(string Period, string PreviousPeriod, IReadOnlyList<MovementCellResponse> Cells);

public sealed record PotentialCellResponse(string Position, string Class, int Count, decimal Revenue, decimal Potential, string Selection);

public sealed record PotentialResponse(string Period, decimal? MediumFrom, decimal? HighFrom, IReadOnlyList<PotentialCellResponse> Cells);

public sealed record AnsoffCellResponse(string Quadrant, bool NewProducts, bool NewCustomers, int Count, decimal Revenue, decimal ShareOfRevenue, string Selection);

public sealed record AnsoffResponse(string Period, decimal Revenue, IReadOnlyList<AnsoffCellResponse> Cells);

public sealed record StageResponse(string Stage, int Count, decimal Revenue, string Selection);

public sealed record StagesResponse(string Period, IReadOnlyList<StageResponse> Stages);

public sealed record LossResponse(string Period, string PreviousPeriod, int Count, int PreviousBuyers, decimal? Rate, decimal LostRevenue,
    decimal? ShareOfPreviousRevenue, string Selection);

public sealed record TargetResponse(string Group, decimal? GoalShareOfRevenue, decimal ShareOfRevenue, decimal? ShareGap, decimal? GoalMargin,
    decimal? Margin, decimal? MarginGap);

public sealed record CustomerRowResponse(
    int Id, string CustomerId, string Name, string Position, bool IsNew, decimal Revenue, decimal Cost, decimal Contribution, decimal? Margin,
    decimal SalesCost, decimal ContributionAfterSalesCost, string PreviousPosition, decimal PreviousRevenue, decimal? Potential,
    string PotentialClass, decimal? ShareOfWallet, string Stage, int MonthsWithPurchases, bool IsLost);

public sealed record CustomerListResponse(string Selection, int Total, int Page, int PageSize, decimal Revenue, IReadOnlyList<CustomerRowResponse> Customers);

public sealed record CustomerYearResponse(int Year, decimal Revenue, decimal Cost, decimal Contribution, decimal? Margin, decimal? ShareOfWallet,
    string Position, bool IsNew);

public sealed record CustomerPageResponse(
    int Id, string CustomerId, string Name, string? Segment, string? Owner, string? Unit, decimal? Potential, DateOnly? FirstPurchase,
    string Currency, IReadOnlyList<CustomerYearResponse> Years, IReadOnlyList<CustomerProductGroupYear> ProductGroups);

/// <summary>
/// <c>/api/v1/customer-platform</c>: every view of the customer platform (DOMAIN.md §3) for what the caller may see.
/// A unit, person or customer outside the caller's scope answers 404.
/// </summary>
public static class CustomerPlatformEndpoints
{
    private const int MaxPageSize = 500;

    public static RouteGroupBuilder MapCustomerPlatformEndpoints(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/customer-platform").WithTags("Customer platform")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        g.MapGet("/", GetPlatform).WithName("GetCustomerPlatform")
            .WithSummary("Thresholds, group totals, placed customers and no-revenue customers for the period, with what-if overrides.");
        g.MapGet("/groups", GetGroups).WithName("GetCustomerPlatformGroups").WithSummary("The group table: per group and in total.");
        g.MapGet("/target", GetTarget).WithName("GetCustomerPlatformTarget").WithSummary("The target platform beside the actual, with the gaps.");
        g.MapGet("/movement", GetMovement).WithName("GetCustomerPlatformMovement")
            .WithSummary("Movement between groups from the previous period (5 × 5 with not placed); each cell names its customer selection.");
        g.MapGet("/potential", GetPotential).WithName("GetCustomerPlatformPotential").WithSummary("The prioritisation grid: position × potential class.");
        g.MapGet("/ansoff", GetAnsoff).WithName("GetCustomerPlatformAnsoff").WithSummary("Revenue split into existing/new products × existing/new customers.");
        g.MapGet("/stages", GetStages).WithName("GetCustomerPlatformStages").WithSummary("Customers by development stage: prospect, sporadic, regular, partner.");
        g.MapGet("/loss", GetLoss).WithName("GetCustomerPlatformLoss").WithSummary("Customer loss: bought in the previous period, not in this one.");
        g.MapGet("/customers", ListCustomers).WithName("ListCustomerPlatformCustomers")
            .WithSummary("The customers behind a number (selection=group:Key, movement:Key:Star, potential:QuestionMark:High, ansoff:…, stage:…, loss, norevenue, all), paged.");
        g.MapGet("/customers/{id:int}", GetCustomer).WithName("GetCustomerPlatformCustomer")
            .WithSummary("A customer's page: revenue, contribution and margin by year and product group, group history, potential and share of wallet.");
        g.MapGet("/export", Export).WithName("ExportCustomerPlatform").WithSummary("The platform as an .xlsx workbook, a sheet per view.")
            .Produces(StatusCodes.Status200OK, contentType: XlsxExport.ContentType);
        g.MapGet("/settings", GetSettings).WithName("GetCustomerPlatformSettings").WithSummary("The company's thresholds and target platform.");
        g.MapPut("/settings", PutSettings).WithName("PutCustomerPlatformSettings")
            .WithSummary("Sets the company's thresholds and target platform (director or administrator).").ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    public static async Task<PlatformReport> GetPlatform([AsParameters] PlatformParameters p, CurrentAccess current, CustomerPlatformQuery query,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await query.GetAsync(current.Context, p.ParsePeriod(clock), p.Filter, p.Overrides, cancellationToken);
        return PlatformReport.From(result, current.Context.Company.Currency);
    }

    public static async Task<IReadOnlyList<PlatformReportGroup>> GetGroups([AsParameters] PlatformParameters p, CurrentAccess current,
        CustomerPlatformQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await query.GetAsync(current.Context, p.ParsePeriod(clock), p.Filter, p.Overrides, cancellationToken);
        return [.. result.Groups.Select(PlatformReportGroup.From), PlatformReportGroup.From(result.Total)];
    }

    public static async Task<IReadOnlyList<TargetResponse>> GetTarget([AsParameters] PlatformParameters p, CurrentAccess current,
        PlatformAnalysisQuery query, TimeProvider clock, CancellationToken cancellationToken) =>
        (await AnalyseAsync(p, current, query, clock, cancellationToken)).TargetGaps()
            .Select(t => new TargetResponse(t.Group.ToString(), t.GoalShareOfRevenue, t.ShareOfRevenue, t.ShareGap, t.GoalMargin, t.Margin, t.MarginGap))
            .ToList();

    public static async Task<MovementResponse> GetMovement([AsParameters] PlatformParameters p, CurrentAccess current, PlatformAnalysisQuery query,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var a = await AnalyseAsync(p, current, query, clock, cancellationToken);
        return new MovementResponse(a.Period.ToString(), a.Previous.Period.ToString(), a.Movement.Cells.Select(c => new MovementCellResponse(
            c.From.ToString(), c.To.ToString(), c.Count, c.PreviousRevenue, c.CurrentRevenue,
            new CustomerSelection(SelectionKind.Movement, c.From, c.To).ToString())).ToList());
    }

    public static async Task<PotentialResponse> GetPotential([AsParameters] PlatformParameters p, CurrentAccess current, PlatformAnalysisQuery query,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var a = await AnalyseAsync(p, current, query, clock, cancellationToken);
        return new PotentialResponse(a.Period.ToString(), a.Potentials.MediumFrom, a.Potentials.HighFrom, a.PotentialGrid.Cells.Select(c =>
            new PotentialCellResponse(c.Position.ToString(), c.Class.ToString(), c.Count, c.Revenue, c.Potential,
                new CustomerSelection(SelectionKind.Potential, c.Position, Class: c.Class).ToString())).ToList());
    }

    public static async Task<AnsoffResponse> GetAnsoff([AsParameters] PlatformParameters p, CurrentAccess current, PlatformAnalysisQuery query,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var a = await AnalyseAsync(p, current, query, clock, cancellationToken);
        return new AnsoffResponse(a.Period.ToString(), a.Ansoff.Revenue, a.Ansoff.Cells.Select(c => new AnsoffCellResponse(
            c.Quadrant.ToString(), c.NewProducts, c.NewCustomers, c.CustomerIds.Count, c.Revenue, c.ShareOfRevenue,
            new CustomerSelection(SelectionKind.Ansoff, Quadrant: c.Quadrant).ToString())).ToList());
    }

    public static async Task<StagesResponse> GetStages([AsParameters] PlatformParameters p, CurrentAccess current, PlatformAnalysisQuery query,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var a = await AnalyseAsync(p, current, query, clock, cancellationToken);
        return new StagesResponse(a.Period.ToString(), Enum.GetValues<DevelopmentStage>().Select(s =>
        {
            var selection = new CustomerSelection(SelectionKind.Stage, Stage: s);
            return new StageResponse(s.ToString(), a.Stages.Count(s), a.Select(selection).Sum(r => r.Revenue), selection.ToString());
        }).ToList());
    }

    public static async Task<LossResponse> GetLoss([AsParameters] PlatformParameters p, CurrentAccess current, PlatformAnalysisQuery query,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var a = await AnalyseAsync(p, current, query, clock, cancellationToken);
        return new LossResponse(a.Period.ToString(), a.Previous.Period.ToString(), a.Loss.Count, a.Loss.PreviousBuyers, a.Loss.Rate,
            a.Loss.LostRevenue, a.Loss.ShareOfPreviousRevenue, new CustomerSelection(SelectionKind.Loss).ToString());
    }

    public static async Task<CustomerListResponse> ListCustomers([AsParameters] PlatformParameters p, string? selection, int? page, int? pageSize,
        CurrentAccess current, PlatformAnalysisQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!CustomerSelection.TryParse(selection, out var parsed))
        {
            throw ValidationFailedException.English("selection",
                "Use all, group:<group>, norevenue, movement:<from>:<to>, potential:<position>:<class>, ansoff:<quadrant>, stage:<stage> or loss.");
        }

        var rows = (await AnalyseAsync(p, current, query, clock, cancellationToken)).Select(parsed);
        var size = Math.Clamp(pageSize ?? 50, 1, MaxPageSize);
        var number = Math.Max(page ?? 1, 1);
        return new CustomerListResponse(parsed.ToString(), rows.Count, number, size, rows.Sum(r => r.Revenue),
            rows.Skip((number - 1) * size).Take(size).Select(ToResponse).ToList());
    }

    public static async Task<CustomerPageResponse> GetCustomer(int id, int? unitId, int? personId, CurrentAccess current,
        CustomerPageQuery query, CancellationToken cancellationToken)
    {
        var page = await query.GetAsync(current.Context, id, new PlatformFilter(unitId, personId), cancellationToken);
        return new CustomerPageResponse(page.CustomerId, page.ExternalId, page.Name, page.Segment, page.Owner, page.Unit,
            page.Potential, page.FirstPurchase, page.Currency,
            page.Years.Select(y => new CustomerYearResponse(y.Year, y.Revenue, y.Cost, y.Contribution, y.Margin, y.ShareOfWallet,
                y.Position.ToString(), y.IsNew)).ToList(),
            page.ProductGroups);
    }

    public static async Task<FileContentHttpResult> Export([AsParameters] PlatformParameters p, CurrentAccess current, PlatformAnalysisQuery query,
        TimeProvider clock, IStringLocalizer<CustomerPlatformText> text, CancellationToken cancellationToken)
    {
        var analysis = await AnalyseAsync(p, current, query, clock, cancellationToken);
        return TypedResults.File(PlatformWorkbook.Create(analysis, text), XlsxExport.ContentType, PlatformWorkbook.FileName(analysis));
    }

    public static Task<PlatformSettingsValue> GetSettings(CurrentAccess current, PlatformSettingsService settings, CancellationToken cancellationToken) =>
        settings.GetAsync(current.Context.Company.Id, cancellationToken);

    public static async Task<Results<Ok<PlatformSettingsValue>, ProblemHttpResult>> PutSettings(PlatformSettingsValue value, CurrentAccess current,
        PlatformSettingsService settings, CancellationToken cancellationToken)
    {
        if (!PlatformSettingsService.CanEdit(current.Context))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only a director or an administrator sets the customer platform.");
        }

        return TypedResults.Ok(await settings.SaveAsync(current.Context, value, cancellationToken));
    }

    internal static CustomerRowResponse ToResponse(PlatformCustomerRow r) => new(
        r.CustomerId, r.ExternalId, r.Name, r.Position.ToString(), r.IsNew, r.Revenue, r.Cost, r.Contribution, r.Margin, r.SalesCost,
        r.ContributionAfterSalesCost, r.PreviousPosition.ToString(), r.PreviousRevenue, r.Potential, r.PotentialClass.ToString(),
        r.ShareOfWallet, r.Stage.ToString(), r.MonthsWithPurchases, r.IsLost);

    private static Task<PlatformAnalysis> AnalyseAsync(PlatformParameters p, CurrentAccess current, PlatformAnalysisQuery query, TimeProvider clock,
        CancellationToken cancellationToken) =>
        query.GetAsync(current.Context, p.ParsePeriod(clock), p.Filter, p.Overrides, cancellationToken);
}
