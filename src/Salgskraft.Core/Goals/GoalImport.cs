using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Goals;

/// <summary>The outcome of a goal import: counts when it went through (or would, on a dry run), else the errors and nothing written.</summary>
/// <param name="DryRun">True when nothing was written on purpose: the counts say what an import would do.</param>
/// <param name="Goals">Goals in the file (a wide row gives one per month with a value).</param>
/// <param name="Created">New goals (a person's as a proposal by the importer).</param>
/// <param name="Changed">Existing goals with another target (a person's as a proposed change).</param>
/// <param name="Unchanged">Existing goals already at the file's target.</param>
/// <param name="Errors">Every error kept, with line, column, value and reason; empty on success.</param>
/// <param name="TotalErrors">All errors found, kept or not.</param>
public sealed record GoalImportResult(bool DryRun, int Goals, int Created, int Changed, int Unchanged, IReadOnlyList<ImportError> Errors, long TotalErrors)
{
    public bool Succeeded => TotalErrors == 0;
}

/// <summary>
/// Imports goals from CSV or xlsx (docs/goals.md §11), all or nothing. The long shape has one row per goal (person or
/// unit, period, kind, subject, target); the wide shape has one row per owner and kind with a column per month of the
/// year in <c>period</c> (or in headers like <c>2025-01</c>), <c>-</c> or empty meaning no goal that month. The whole
/// file is validated before anything is written; person goals go through <see cref="GoalService"/>'s proposal path.
/// </summary>
public sealed class GoalImport(SalgskraftDbContext db, GoalService goals, TimeProvider clock)
{
    private static readonly Dictionary<string, GoalKind> KindNames = BuildKindNames();

    public async Task<GoalImportResult> ImportAsync(AccessContext access, Stream file, string fileName, bool dryRun,
        CancellationToken cancellationToken = default)
    {
        if (!MayImport(access))
        {
            throw new NotFoundException(AccessReasons.GoalImportForLeaders());
        }

        using var session = ImportFileReader.Open(file, fileName, ImportKind.Goals, new ReadOptions { ValidateValues = false });
        var parsed = await ParseAsync(access, session, cancellationToken);
        if (session.Errors.HasErrors)
        {
            return Failed(dryRun, session.Errors);
        }

        var existing = new List<StoredGoal?>(parsed.Count);
        foreach (var goal in parsed)
        {
            existing.Add(await FindExistingAsync(access, goal, cancellationToken));
        }

        var created = existing.Count(e => e is null);
        var unchanged = parsed.Where((g, i) => existing[i] is { } e && e.Target == g.Target).Count();
        var result = new GoalImportResult(dryRun, parsed.Count, created, parsed.Count - created - unchanged, unchanged, [], 0);
        if (dryRun)
        {
            return result;
        }

        var errors = new ImportErrorCollector();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            for (var i = 0; i < parsed.Count; i++)
            {
                try
                {
                    await WriteAsync(access, parsed[i], existing[i], ct);
                }
                catch (ValidationFailedException e)
                {
                    // An agreement step the domain refuses (say, the salesperson's counter-proposal awaits the importer): the
                    // goal rules' own reason, which reads in every language.
                    var reasons = e.Reasons.Values.SelectMany(r => r).ToList();
                    errors.Add(parsed[i].Line, parsed[i].Column, parsed[i].Target.ToString(CultureInfo.InvariantCulture),
                        reasons.Count == 1 ? reasons[0] : GoalImportReasons.RefusedByGoalRules(string.Join(" ", e.Errors.Values.SelectMany(v => v))));
                }
            }

            if (errors.HasErrors)
            {
                await transaction.RollbackAsync(ct);
                return;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        if (errors.HasErrors)
        {
            db.ChangeTracker.Clear();
            return Failed(dryRun, errors);
        }

        return result;
    }

    /// <summary>Managers import for their units' people and units, directors and administrators for the whole company; salespeople not at all.</summary>
    public static bool MayImport(AccessContext access) => access is not null && access.Role != AccessRole.Salesperson;

    private static GoalImportResult Failed(bool dryRun, ImportErrorCollector errors) => new(dryRun, 0, 0, 0, 0, errors.Kept, errors.Total);

    private async Task WriteAsync(AccessContext access, ImportedGoal goal, StoredGoal? existing, CancellationToken ct)
    {
        if (existing is null)
        {
            var stored = new StoredGoal
            {
                CompanyId = access.Company.Id,
                OwnerLevel = goal.Level,
                OwnerId = goal.OwnerId,
                PeriodKind = goal.Period.Kind,
                PeriodStart = goal.Period.Start,
                PeriodEnd = goal.Period.End,
                Kind = goal.Kind,
                Subject = goal.Subject,
                Target = goal.Target,
                Direction = goal.Kind.DefaultDirection(),
                CreatedAt = clock.GetUtcNow(),
            };
            await goals.AddAsync(access, stored, null, ct);
        }
        else if (existing.Target != goal.Target)
        {
            if (existing.OwnerLevel == GoalOwnerLevel.Person)
            {
                await goals.ChangeAgreementAsync(access, existing, new AgreementRequest(GoalAgreementAction.Propose, goal.Target, null), ct);
            }
            else
            {
                existing.Target = goal.Target;
            }
        }
    }

    private Task<StoredGoal?> FindExistingAsync(AccessContext access, ImportedGoal goal, CancellationToken ct) =>
        db.Goals.SingleOrDefaultAsync(g => g.CompanyId == access.Company.Id && g.OwnerLevel == goal.Level && g.OwnerId == goal.OwnerId
            && g.Kind == goal.Kind && g.Subject == goal.Subject && g.PeriodStart == goal.Period.Start && g.PeriodEnd == goal.Period.End, ct);

    /// <summary>Reads and checks every row, collecting every error in the session; the goals are only usable without errors.</summary>
    private async Task<List<ImportedGoal>> ParseAsync(AccessContext access, ReadSession session, CancellationToken ct)
    {
        var result = new List<ImportedGoal>();
        if (!session.CanReadRows)
        {
            return result;
        }

        var mapping = session.Mapping!;
        var errors = session.Errors;
        var months = Enumerable.Range(1, 12).Select(m => "m" + m.ToString(CultureInfo.InvariantCulture)).Where(mapping.IsMapped).ToList();
        if (months.Count == 0 && !mapping.IsMapped("target"))
        {
            errors.Add(session.Format!.HeaderLine, "target", null,
                GoalImportReasons.NoTargetColumn(string.Join(", ", mapping.Headers.Select(h => $"'{h}'"))));
            return result;
        }

        var headerYears = months.Select(m => YearOfHeader(mapping.HeaderOf(m)!)).Where(y => y is not null).Distinct().ToList();
        if (headerYears.Count > 1)
        {
            errors.Add(session.Format!.HeaderLine, mapping.HeaderOf(months[0]), null, GoalImportReasons.MonthColumnsOfSeveralYears());
            return result;
        }

        var people = await db.People(access.Scope).ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.OrdinalIgnoreCase, ct);
        var units = await db.Units(access.Scope).ToDictionaryAsync(u => u.ExternalId, u => u.Id, StringComparer.OrdinalIgnoreCase, ct);
        var seen = new Dictionary<(GoalOwnerLevel, int, GoalKind, string?, DateOnly, DateOnly), long>();
        foreach (var row in session.Rows)
        {
            var owner = Owner(access, row, mapping, people, units, errors);
            var kind = Kind(row, mapping, errors);
            var subject = row.Get("subject");
            if (kind is { } k && k.NeedsSubject() && subject is null)
            {
                errors.Add(row.Line, mapping.HeaderOf("subject") ?? "subject", null,
                    GoalImportReasons.GoalNeedsSubject(k.ToString()));
            }

            var period = RowPeriod(row, mapping, headerYears.SingleOrDefault(), months.Count > 0, errors);
            var targets = new List<(string Field, Period Period)>();
            if (period is not null && mapping.IsMapped("target"))
            {
                targets.Add(("target", period));
            }

            if (period is not null && months.Count > 0)
            {
                targets.AddRange(months.Select(m => (m, Period.Month(period.Start.Year, int.Parse(m[1..], CultureInfo.InvariantCulture)))));
            }

            foreach (var (field, goalPeriod) in targets)
            {
                var target = Target(row, field, kind, mapping, session.Format!, months.Count > 0, errors);
                if (owner is not { } o || kind is not { } goalKind || target is not { } value)
                {
                    continue;
                }

                var goalSubject = goalKind.NeedsSubject() ? subject : null;
                var column = mapping.HeaderOf(field)!;
                if (seen.TryGetValue((o.Level, o.Id, goalKind, goalSubject?.ToUpperInvariant(), goalPeriod.Start, goalPeriod.End), out var first))
                {
                    errors.Add(row.Line, column, row.Get(field), GoalImportReasons.DuplicateGoal(first, goalKind.ToString(), goalPeriod.ToString()));
                    continue;
                }

                seen[(o.Level, o.Id, goalKind, goalSubject?.ToUpperInvariant(), goalPeriod.Start, goalPeriod.End)] = row.Line;
                result.Add(new ImportedGoal(row.Line, column, o.Level, o.Id, goalKind, goalSubject, goalPeriod, value));
            }
        }

        return result;
    }

    private static (GoalOwnerLevel Level, int Id)? Owner(AccessContext access, ImportRow row, HeaderMapping mapping,
        Dictionary<string, int> people, Dictionary<string, int> units, ImportErrorCollector errors)
    {
        var person = row.Get("person_id");
        var unit = row.Get("unit_id");
        if (person is not null && unit is not null)
        {
            errors.Add(row.Line, mapping.HeaderOf("unit_id"), unit, GoalImportReasons.PersonAndUnit());
            return null;
        }

        if (person is not null)
        {
            return people.TryGetValue(person, out var id)
                ? (GoalOwnerLevel.Person, id)
                : Error(mapping.HeaderOf("person_id"), person, GoalImportReasons.NoSuchPerson(person));
        }

        if (unit is not null)
        {
            return units.TryGetValue(unit, out var id)
                ? (GoalOwnerLevel.Unit, id)
                : Error(mapping.HeaderOf("unit_id"), unit, GoalImportReasons.NoSuchUnit(unit));
        }

        return access.Scope.IsWholeCompany
            ? (GoalOwnerLevel.Company, access.Company.Id)
            : Error(mapping.HeaderOf("person_id") ?? mapping.HeaderOf("unit_id") ?? "person_id", null,
                GoalImportReasons.NoOwner());

        (GoalOwnerLevel, int)? Error(string? column, string? value, Reason reason)
        {
            errors.Add(row.Line, column, value, reason);
            return null;
        }
    }

    private static GoalKind? Kind(ImportRow row, HeaderMapping mapping, ImportErrorCollector errors)
    {
        var text = row.Get("kind");
        if (text is not null && KindNames.TryGetValue(ImportSchema.NormalizeHeader(text), out var kind))
        {
            return kind;
        }

        errors.Add(row.Line, mapping.HeaderOf("kind"), text, text is null
            ? GoalImportReasons.KindEmpty()
            : GoalImportReasons.NotAGoalKind(text, string.Join(", ", Enum.GetNames<GoalKind>())));
        return null;
    }

    private static Period? RowPeriod(ImportRow row, HeaderMapping mapping, int? headerYear, bool wide, ImportErrorCollector errors)
    {
        var text = row.Get("period");
        if (text is null)
        {
            if (headerYear is { } year)
            {
                return Period.Year(year);
            }

            errors.Add(row.Line, mapping.HeaderOf("period") ?? "period", null, GoalImportReasons.PeriodEmpty());
            return null;
        }

        if (!Period.TryParse(text, out var period))
        {
            errors.Add(row.Line, mapping.HeaderOf("period"), text, GoalImportReasons.NotAPeriod(text));
            return null;
        }

        if (wide && period.Kind != PeriodKind.Year)
        {
            errors.Add(row.Line, mapping.HeaderOf("period"), text, GoalImportReasons.WidePeriodNotAYear(text));
            return null;
        }

        if (headerYear is { } y && y != period.Start.Year)
        {
            errors.Add(row.Line, mapping.HeaderOf("period"), text, GoalImportReasons.PeriodNotTheMonthColumnsYear(text, y));
            return null;
        }

        return period;
    }

    /// <summary>
    /// The target of one cell: null when there is none (empty or <c>-</c> in the wide shape, where not every month has a
    /// goal) or when it is wrong (reported). Percent kinds take fractions (0.25) or a percentage written with % (25 %).
    /// </summary>
    private static decimal? Target(ImportRow row, string field, GoalKind? kind, HeaderMapping mapping, FileFormat format, bool wide, ImportErrorCollector errors)
    {
        var text = row.Get(field);
        var column = mapping.HeaderOf(field);
        if (text is null || (wide && text is "-" or "–"))
        {
            if (!wide)
            {
                errors.Add(row.Line, column, null, GoalImportReasons.TargetEmpty());
            }

            return null;
        }

        var percent = text.EndsWith('%');
        decimal value;
        if (!percent && row.GetDecimal(field) is { } number)
        {
            value = number;
        }
        else
        {
            var parsed = ValueParsers.ParseDecimal(percent ? text[..^1] : text, format.Number);
            if (!parsed.Success)
            {
                errors.Add(row.Line, column, text, parsed.Error!);
                return null;
            }

            value = percent ? parsed.Value / 100m : parsed.Value;
        }

        if (value < 0 && kind is { } k && k.Unit() != GoalUnit.Money)
        {
            errors.Add(row.Line, column, text, GoalImportReasons.NegativeCountOrPercentage());
            return null;
        }

        return value;
    }

    private static int? YearOfHeader(string header)
    {
        var key = ImportSchema.NormalizeHeader(header);
        return key.Length == 6 && int.TryParse(key[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    /// <summary>The kinds by name and by their Norwegian, Danish and English names, normalised like headers.</summary>
    private static Dictionary<string, GoalKind> BuildKindNames()
    {
        var names = Enum.GetValues<GoalKind>().ToDictionary(k => ImportSchema.NormalizeHeader(k.ToString()), k => k, StringComparer.Ordinal);
        (GoalKind Kind, string[] Names)[] synonyms =
        [
            (GoalKind.Revenue, ["omsetning", "omsætning", "salg", "sales", "oms"]),
            (GoalKind.Contribution, ["dekningsbidrag", "dækningsbidrag", "db", "bidrag", "gross profit"]),
            (GoalKind.MarginPercent, ["dekningsgrad", "dækningsgrad", "dg", "margin", "margin %", "bruttomargin"]),
            (GoalKind.NewCustomerRevenue, ["nykundeomsetning", "nykundeomsætning", "nye kunder", "new customers", "new customer revenue"]),
            (GoalKind.ProductGroupRevenue, ["varegruppeomsetning", "varegruppeomsætning", "produktgruppe", "varegruppe", "product group", "product group revenue"]),
            (GoalKind.ExistingCustomerGrowth, ["vekst", "vækst", "vekst eksisterende kunder", "vækst eksisterende kunder", "growth", "existing customer growth"]),
            (GoalKind.CustomerLoss, ["kundeavgang", "kundeafgang", "kundetap", "kundefrafald", "churn", "customer loss"]),
            (GoalKind.PlatformGroupShare, ["plattformandel", "platformandel", "platform share", "platform group share"]),
            (GoalKind.PipelineValue, ["pipeline", "pipelineverdi", "pipelineværdi", "pipeline value"]),
            (GoalKind.QualifiedMeetingsPerWeek, ["kvalifiserte møter", "kvalificerede møder", "møter per uke", "møder pr uge", "meetings", "meetings per week"]),
            (GoalKind.VisitsPerWeek, ["besøk", "besøg", "kundebesøk", "kundebesøg", "besøk per uke", "besøg pr uge", "visits", "visits per week"]),
            (GoalKind.ClosingRate, ["treffprosent", "hitrate", "hit rate", "lukkerate", "konverteringsrate", "closing rate"]),
            (GoalKind.ActivityCount, ["aktiviteter", "antall aktiviteter", "antal aktiviteter", "activities", "activity count"]),
            (GoalKind.CustomerSatisfaction, ["kti", "kundetilfredshet", "kundetilfredshed", "satisfaction", "customer satisfaction"]),
        ];
        foreach (var (kind, list) in synonyms)
        {
            foreach (var name in list)
            {
                names[ImportSchema.NormalizeHeader(name)] = kind;
            }
        }

        return names;
    }

    private sealed record ImportedGoal(long Line, string Column, GoalOwnerLevel Level, int OwnerId, GoalKind Kind, string? Subject, Period Period, decimal Target);
}
