using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Import;
using Salgskraft.Core.Import.Reading;

namespace Salgskraft.Cli.Commands;

/// <summary>
/// <c>salgskraft import KIND FILE --company SLUG</c>: imports a file all or nothing (exit 0 with a summary; exit 1
/// with every error and nothing written); <c>salgskraft summary COMPANY</c>: what the company holds.
/// </summary>
public static class ImportCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command CreateImport(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = $"What the file holds: {string.Join(", ", ImportKinds.All)}." };
        kind.AcceptOnlyFromAmong([.. ImportKinds.All]);
        var file = new Argument<FileInfo>("file") { Description = "The CSV or .xlsx file." };
        var company = new Option<string>("--company") { Description = "The company's slug.", Required = true };
        var mapping = new Option<string?>("--mapping") { Description = "A mapping profile saved for the company." };
        var map = new Option<string[]>("--map") { Description = "FIELD=HEADER; maps a column to a field (FIELD= leaves a field out).", AllowMultipleArgumentsPerToken = true };
        var strict = new Option<bool>("--strict") { Description = "Refuse unknown customers, products, product groups and salespeople instead of creating them." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and count, write nothing." };
        var sheet = new Option<string?>("--sheet") { Description = "The .xlsx sheet to read (default: the first)." };

        var command = new Command("import", "Import a file into a company, all or nothing.") { kind, file, company, mapping, map, strict, dryRun, sheet };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            ImportKinds.TryParse(parseResult.GetRequiredValue(kind), out var importKind);
            var path = parseResult.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw ValidationFailedException.English("file", $"'{path.FullName}' does not exist.");
            }

            await using var host = context.CreateHost();
            var companyId = await CompanyIdAsync(host, parseResult.GetRequiredValue(company), cancellationToken);
            var overrides = new List<string>();
            if (parseResult.GetValue(mapping) is { } profile)
            {
                overrides.AddRange((await host.Get<ImportProfiles>().GetAsync(companyId, importKind, profile, cancellationToken)).Overrides);
            }

            overrides.AddRange(parseResult.GetValue(map) ?? []);
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var result = await host.Get<Importer>().ImportAsync(new ImportRequest
            {
                CompanyId = companyId, Kind = importKind, FileName = path.Name, ImportedBy = "cli",
                Strict = parseResult.GetValue(strict), DryRun = parseResult.GetValue(dryRun),
                Options = ReadOptions.Default with { Mapping = overrides, SheetName = parseResult.GetValue(sheet) },
            }, stream, cancellationToken);

            if (!result.Succeeded)
            {
                await WriteErrorsAsync(context.Error, result);
                return Cli.Failed;
            }

            await WriteSummaryAsync(context.Out, result);
            return Cli.Success;
        });
        return command;
    }

    public static Command CreateSummary(CliContext context)
    {
        var company = new Argument<string>("company") { Description = "The company's slug." };
        var period = new Option<int?>("--period") { Description = "The year whose revenue and cost to sum (default: all years)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("summary", "Print what a company holds: counts, and revenue and cost.") { company, period, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var host = context.CreateHost();
            var companyId = await CompanyIdAsync(host, parseResult.GetRequiredValue(company), cancellationToken);
            var summary = await host.Get<CompanySummaryQuery>().GetAsync(companyId, parseResult.GetValue(period), cancellationToken);
            if (string.Equals(parseResult.GetValue(format), "json", StringComparison.Ordinal))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(summary, Json));
            }
            else
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"customers {summary.Customers}, products {summary.Products}, people {summary.People}, sales lines {summary.SalesLines}, activities {summary.Activities}, deals {summary.Deals}, revenue {summary.Revenue}, cost {summary.Cost}"));
            }

            return Cli.Success;
        });
        return command;
    }

    private static async Task<int> CompanyIdAsync(CliHost host, string slug, CancellationToken cancellationToken) =>
        await host.Get<SalgskraftDbContext>().Companies.Where(c => c.Slug == slug).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw ValidationFailedException.English("company", $"There is no company '{slug}'.");

    private static async Task WriteSummaryAsync(TextWriter output, ImportResult result)
    {
        var c = result.Counts;
        var verb = result.DryRun ? "Dry run, nothing written: would import" : "Imported";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{verb} {result.FileName} ({ImportKinds.Name(result.Kind)}): {c.Rows} rows, {c.Added} added, {c.Updated} updated, {c.Unchanged} unchanged."));
        if (c.CreatedCustomers + c.CreatedProducts + c.CreatedProductGroups + c.CreatedPeople + c.CreatedUnits > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Created: {c.CreatedCustomers} customers, {c.CreatedProducts} products, {c.CreatedProductGroups} product groups, {c.CreatedPeople} people, {c.CreatedUnits} units."));
        }

        if (result.SameFileAs is { } same)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"This exact file was imported before (import {same.Id}, {same.ImportedAt:u}){(c.HasChanges ? "" : "; nothing changed")}."));
        }
        else if (!c.HasChanges)
        {
            await output.WriteLineAsync("Nothing changed: the database already holds every row as the file gives it.");
        }

        if (result.BatchId is { } id)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Import {id}."));
        }
    }

    private static async Task WriteErrorsAsync(TextWriter error, ImportResult result)
    {
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.FileName}: {result.ErrorCount} error(s); nothing was written."));
        foreach (var e in result.Errors)
        {
            var where = e.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {e.Line}") : "file";
            var column = e.Column is null ? "" : $", column '{e.Column}'";
            var value = e.Value is null ? "" : $", value '{e.Value}'";
            await error.WriteLineAsync($"{where}{column}{value}: {e.Reason}");
        }

        if (result.ErrorCount > result.Errors.Count)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"… and {result.ErrorCount - result.Errors.Count} more."));
        }
    }
}
