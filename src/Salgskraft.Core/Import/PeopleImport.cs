using Microsoft.EntityFrameworkCore;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Import;

/// <summary>
/// The sales organisation: people upserted by employee number, and the units they belong to, created or renamed
/// from <c>unit_id</c>, <c>unit_name</c> and <c>parent_unit_id</c> (a parent must exist or be a unit of the file).
/// </summary>
internal static class PeopleImport
{
    private sealed record Row(string Id, string? Name, string? Email, PersonRole? Role, string? Unit, DateOnly? StartDate);

    private static readonly (string Text, PersonRole Role)[] Roles =
    [
        ("salesperson", PersonRole.Salesperson), ("selger", PersonRole.Salesperson), ("sælger", PersonRole.Salesperson),
        ("sales manager", PersonRole.SalesManager), ("salgssjef", PersonRole.SalesManager), ("salgschef", PersonRole.SalesManager),
        ("salgsleder", PersonRole.SalesManager), ("director", PersonRole.Director), ("salgsdirektør", PersonRole.Director),
        ("direktør", PersonRole.Director), ("general manager", PersonRole.GeneralManager), ("daglig leder", PersonRole.GeneralManager),
        ("administrerende direktør", PersonRole.GeneralManager), ("service manager", PersonRole.ServiceManager),
        ("servicesjef", PersonRole.ServiceManager), ("servicechef", PersonRole.ServiceManager), ("service advisor", PersonRole.ServiceAdvisor),
        ("servicerådgiver", PersonRole.ServiceAdvisor), ("servicekonsulent", PersonRole.ServiceAdvisor),
    ];

    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var units = await db.Units.Where(u => u.CompanyId == company).ToDictionaryAsync(u => u.ExternalId, StringComparer.Ordinal, ct);
        var rows = new List<Row>();
        var fileUnits = new Dictionary<string, (string? Name, string? Parent, long Line)>(StringComparer.Ordinal);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var before = run.Errors.Total;
            var id = run.Text(row, "person_id", ImportRun.IdLength);
            var name = run.Text(row, "name", 200);
            var email = run.Text(row, "email", 256);
            var unit = run.Text(row, "unit_id", ImportRun.IdLength);
            var unitName = run.Text(row, "unit_name", 200);
            var parent = run.Text(row, "parent_unit_id", ImportRun.IdLength);
            var role = ParseRole(run, row);
            if (unit is not null && (!fileUnits.TryGetValue(unit, out var u) || u.Name is null || u.Parent is null))
            {
                var known = fileUnits.GetValueOrDefault(unit);
                fileUnits[unit] = (known.Name ?? unitName, known.Parent ?? parent, known.Line == 0 ? row.Line : known.Line);
            }

            if (row.IsValid && id is not null && run.Errors.Total == before && run.Unique(row, seen, "person_id", id))
            {
                rows.Add(new Row(id, name, email, role, unit, row.GetDate("start_date")));
            }
        }

        foreach (var (unit, (_, parent, line)) in fileUnits)
        {
            if (parent is not null && !units.ContainsKey(parent) && !fileUnits.ContainsKey(parent))
            {
                run.Errors.Add(line, run.Column("parent_unit_id"), parent, ImportReasons.UnknownParentUnit(parent, unit));
            }
        }

        if (run.Errors.HasErrors)
        {
            return;
        }

        foreach (var (id, (name, _, _)) in fileUnits)
        {
            if (!units.TryGetValue(id, out var unit))
            {
                units[id] = db.Units.Add(new Unit { CompanyId = company, ExternalId = id, Name = name ?? id }).Entity;
            }
            else if (name is not null)
            {
                unit.Name = name;
            }
        }

        run.CreatedUnits = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(Unit)).Added;
        foreach (var (id, (_, parent, _)) in fileUnits.Where(u => u.Value.Parent is not null))
        {
            units[id].ParentId = units[parent!].Id;
        }

        var existing = await db.People.Where(p => p.CompanyId == company).ToDictionaryAsync(p => p.ExternalId, StringComparer.Ordinal, ct);
        foreach (var r in rows)
        {
            if (!existing.TryGetValue(r.Id, out var person))
            {
                person = db.People.Add(new Person { CompanyId = company, ExternalId = r.Id, Name = r.Name ?? r.Id, Role = PersonRole.Salesperson }).Entity;
            }
            else if (r.Name is not null)
            {
                person.Name = r.Name;
            }

            if (run.IsMapped("email"))
            {
                person.Email = r.Email;
            }

            if (r.Role is { } role)
            {
                person.Role = role;
            }

            if (run.IsMapped("unit_id"))
            {
                person.UnitId = r.Unit is null ? null : units[r.Unit].Id;
            }

            if (run.IsMapped("start_date"))
            {
                person.StartDate = r.StartDate;
            }
        }

        var counts = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(Person));
        (run.Added, run.Updated) = (counts.Added, counts.Modified);
    }

    private static PersonRole? ParseRole(ImportRun run, Reading.ImportRow row)
    {
        var text = row.Get("role");
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<PersonRole>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        foreach (var (name, role) in Roles)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        run.Error(row, "role", text, ImportReasons.UnknownRole(string.Join(", ", Enum.GetNames<PersonRole>()), string.Join(", ", Roles.Select(r => r.Text))));
        return null;
    }
}
