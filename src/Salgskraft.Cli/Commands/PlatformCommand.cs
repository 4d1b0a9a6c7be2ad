using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Salgskraft.Core.Common;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Cli.Commands;

/// <summary>
/// <c>salgskraft platform &lt;company&gt; --period 2025</c>: the customer platform of a company, a unit or a
/// salesperson, with what-if overrides of the company's settings, as JSON or CSV. Units and people are named by their
/// external ids (the numbers of the company's own systems), as in the import files.
/// </summary>
public static class PlatformCommand
{
    public static Command Create(CliContext context)
    {
        var company = new Argument<string>("company") { Description = "The company's slug, e.g. regnskap-pafunn." };
        var period = new Option<string>("--period")
        {
            Description = "2025, FY2025-07 (fiscal year from July), 2025-Q1, 2025-03 or R12-2025-06 (12 months to June).",
            Required = true,
        };
        var unit = new Option<string>("--unit") { Description = "A unit's external id: its platform and the units below it." };
        var person = new Option<string>("--person") { Description = "A salesperson's external id: only the sales where they are the salesperson." };
        var revenueShare = new Option<string>("--revenue-share") { Description = "What-if: share of revenue that makes 'high revenue', e.g. 0.8." };
        var marginThreshold = new Option<string>("--margin-threshold")
        {
            Description = "What-if: a fixed margin threshold in percent, e.g. 20, or 'overall' for the overall margin.",
        };
        var floor = new Option<string>("--contribution-floor") { Description = "What-if: the contribution floor in the company's currency." };
        var afterSalesCost = new Option<bool>("--after-sales-cost") { Description = "What-if: take margin and contribution after sales cost." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");

        var command = new Command("platform", "Print the customer platform (Key, Star, Question mark, Phase-out/new) of a period.")
        {
            company, period, unit, person, revenueShare, marginThreshold, floor, afterSalesCost, format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!Period.TryParse(parseResult.GetValue(period), out var p))
            {
                throw ValidationFailedException.English("--period", "Write the period as 2025, FY2025-07, 2025-Q1, 2025-03 or R12-2025-06.");
            }

            var margin = parseResult.GetValue(marginThreshold);
            var overall = string.Equals(margin, "overall", StringComparison.OrdinalIgnoreCase);
            var overrides = new PlatformOverrides(
                Number(parseResult.GetValue(revenueShare), "--revenue-share"),
                overall ? null : Number(margin, "--margin-threshold") / 100m,
                Number(parseResult.GetValue(floor), "--contribution-floor"),
                parseResult.GetValue(afterSalesCost) ? true : null,
                overall);

            // Plain SQL from start to end: EF's start-up would be half of the run (decision 0009).
            await using var host = context.CreateHost();
            var sql = host.Reads();
            var slug = parseResult.GetRequiredValue(company);
            var arguments = new SqlArguments();
            var found = (await sql.ListAsync($"""SELECT "Id", "Currency" FROM "Companies" WHERE "Slug" = {arguments.Add(slug)}""",
                    arguments, r => (Id: r.GetInt32(0), Currency: r.GetString(1)), cancellationToken))
                .SingleOrDefault();
            if (found == default)
            {
                throw ValidationFailedException.English("company", $"No company '{slug}'.");
            }

            var filter = new PlatformFilter(
                await IdAsync(sql, "Units", found.Id, parseResult.GetValue(unit), "--unit", cancellationToken),
                await IdAsync(sql, "People", found.Id, parseResult.GetValue(person), "--person", cancellationToken));

            var query = new CustomerPlatformQuery(sql);
            var scope = await query.ScopeAsync(VisibilityScope.WholeCompany(found.Id), filter, cancellationToken);
            var report = PlatformReport.From(await query.GetAsync(scope, p, overrides, cancellationToken), found.Currency);

            if (string.Equals(parseResult.GetValue(format), "csv", StringComparison.Ordinal))
            {
                await context.Out.WriteAsync(Csv(report));
            }
            else
            {
                await WriteJsonAsync(context.Out, report, cancellationToken);
            }

            return Cli.Success;
        });
        return command;
    }

    /// <summary>
    /// Straight into the output's stream as UTF-8 when it has one (the console): 25 000 customers are some 11 MB of JSON,
    /// and building them as a string and encoding it again took 0.2 s of a 0.55 s run.
    /// </summary>
    private static async Task WriteJsonAsync(TextWriter output, PlatformReport report, CancellationToken cancellationToken)
    {
        if (output is StreamWriter { BaseStream: var stream } writer && writer.Encoding is UTF8Encoding)
        {
            await writer.FlushAsync(cancellationToken);
            await JsonSerializer.SerializeAsync(stream, report, PlatformJson.Default.PlatformReport, cancellationToken);
            await writer.WriteLineAsync();
        }
        else
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(report, PlatformJson.Default.PlatformReport));
        }
    }

    private static decimal? Number(string? text, string option) =>
        text is null ? null
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
        : throw ValidationFailedException.English(option, $"'{text}' is not a number (write it with a decimal point, e.g. 0.8).");

    private static async Task<int?> IdAsync(SqlReads sql, string table, int companyId, string? externalId, string option,
        CancellationToken cancellationToken)
    {
        if (externalId is null)
        {
            return null;
        }

        var arguments = new SqlArguments();
        var ids = await sql.ListAsync(
            $"""SELECT "Id" FROM "{table}" WHERE "CompanyId" = {arguments.Add(companyId)} AND "ExternalId" = {arguments.Add(externalId)}""",
            arguments, r => r.GetInt32(0), cancellationToken);
        return ids.Count == 1 ? ids[0] : throw ValidationFailedException.English(option, $"No '{externalId}' in the company.");
    }

    /// <summary>Four CSV blocks (thresholds, groups, customers, noRevenue), each under a <c># name</c> line; invariant numbers.</summary>
    private static string Csv(PlatformReport report)
    {
        var csv = new StringBuilder();
        void Line(params object?[] values) => csv.AppendLine(string.Join(',', values.Select(Field)));

        var t = report.Thresholds;
        csv.AppendLine("# thresholds");
        Line("period", "currency", "highRevenueShare", "highRevenueFrom", "marginThreshold", "marginThresholdIsOverall", "contributionFloor", "marginAfterSalesCost");
        Line(report.Period, report.Currency, t.HighRevenueShare, t.HighRevenueFrom, t.MarginThreshold, t.MarginThresholdIsOverall, t.ContributionFloor,
            t.MarginAfterSalesCost);

        csv.AppendLine().AppendLine("# groups");
        Line("group", "count", "newCount", "revenue", "shareOfRevenue", "cost", "contribution", "margin", "salesCost", "contributionAfterSalesCost",
            "marginAfterSalesCost");
        foreach (var g in report.Groups.Append(report.Total))
        {
            Line(g.Group ?? "Total", g.Count, g.NewCount, g.Revenue, g.ShareOfRevenue, g.Cost, g.Contribution, g.Margin, g.SalesCost,
                g.ContributionAfterSalesCost, g.MarginAfterSalesCost);
        }

        csv.AppendLine().AppendLine("# customers");
        Line("customerId", "name", "revenue", "cost", "contribution", "margin", "salesCost", "group", "isNew");
        foreach (var c in report.Customers)
        {
            Line(c.CustomerId, c.Name, c.Revenue, c.Cost, c.Contribution, c.Margin, c.SalesCost, c.Group, c.IsNew);
        }

        csv.AppendLine().AppendLine("# noRevenue");
        Line("customerId", "name", "revenue", "cost");
        foreach (var c in report.NoRevenue)
        {
            Line(c.CustomerId, c.Name, c.Revenue, c.Cost);
        }

        return csv.ToString();
    }

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        // G29 drops trailing zeros, so the text is the same whatever scale the database returns.
        decimal d => d.ToString("G29", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}

/// <summary>The report's JSON, generated at build time: reflection over its types cost a quarter of a second per run.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(PlatformReport))]
internal sealed partial class PlatformJson : JsonSerializerContext;
