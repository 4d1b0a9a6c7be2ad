using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Domain.Activities;

namespace Salgskraft.Core.Import;

/// <summary>
/// Activities, upserted by the CRM's <c>activity_id</c>. A file without one identifies an activity by date, person,
/// customer, type and its occurrence among equal rows, so the same file imported again changes nothing. The type is
/// one of the company's activity types, by code or name; an unknown type is an error (types carry a cost per
/// activity, which only the company can set, so an import never invents one).
/// </summary>
internal static class ActivityImport
{
    private sealed record Row(string Key, DateOnly Date, int Person, int? Customer, int Type, bool? Qualified, int? Minutes, ActivityChannel? Channel, string? Note);

    private static readonly (string Text, ActivityChannel Channel)[] Channels =
    [
        ("face to face", ActivityChannel.FaceToFace), ("facetoface", ActivityChannel.FaceToFace), ("fysisk", ActivityChannel.FaceToFace),
        ("møte", ActivityChannel.FaceToFace), ("møde", ActivityChannel.FaceToFace), ("besøk", ActivityChannel.FaceToFace),
        ("besøg", ActivityChannel.FaceToFace), ("meeting", ActivityChannel.FaceToFace), ("phone", ActivityChannel.Phone),
        ("telefon", ActivityChannel.Phone), ("call", ActivityChannel.Phone), ("digital", ActivityChannel.Digital),
        ("video", ActivityChannel.Digital), ("teams", ActivityChannel.Digital), ("e-post", ActivityChannel.Digital),
        ("e-mail", ActivityChannel.Digital), ("email", ActivityChannel.Digital),
    ];

    public static async Task RunAsync(ImportRun run, CancellationToken ct)
    {
        var db = run.Db;
        var company = run.CompanyId;
        var people = await db.People.Where(p => p.CompanyId == company).ToDictionaryAsync(p => p.ExternalId, p => p.Id, StringComparer.Ordinal, ct);
        var customers = await db.Customers.Where(c => c.CompanyId == company).ToDictionaryAsync(c => c.ExternalId, c => c.Id, StringComparer.Ordinal, ct);
        var types = await db.ActivityTypes.Where(t => t.CompanyId == company).OrderBy(t => t.Id).ToListAsync(ct);
        var rows = new List<Row>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in run.ReadRows())
        {
            var before = run.Errors.Total;
            var id = run.Text(row, "activity_id", ImportRun.IdLength);
            var personKey = run.Text(row, "person_id", ImportRun.IdLength);
            var customerKey = run.Text(row, "customer_id", ImportRun.IdLength);
            var person = run.Reference(row, "person_id", personKey, people, ImportReasons.UnknownPerson);
            var customer = run.Reference(row, "customer_id", customerKey, customers, ImportReasons.UnknownCustomer);
            var typeText = row.Get("type");
            var type = types.Find(t => string.Equals(t.Code, typeText, StringComparison.OrdinalIgnoreCase))
                ?? types.Find(t => string.Equals(t.Name, typeText, StringComparison.OrdinalIgnoreCase));
            if (typeText is not null && type is null)
            {
                run.Error(row, "type", typeText, ImportReasons.UnknownActivityType(string.Join(", ", types.Select(t => $"{t.Code} ({t.Name})"))));
            }

            var channel = ParseChannel(run, row);
            var minutes = row.GetDecimal("duration_minutes");
            if (minutes is { } m && (m < 0 || m > 24 * 60))
            {
                run.Error(row, "duration_minutes", row.Get("duration_minutes"), ImportReasons.DurationOutOfRange());
            }

            var note = run.Text(row, "note", 2000);
            var date = row.GetDate("date");
            if (!row.IsValid || run.Errors.Total != before || date is null || person is null || type is null)
            {
                continue;
            }

            var key = id ?? DerivedKey(date.Value, personKey!, customerKey, type.Code, occurrences);
            if (run.Unique(row, seen, "activity_id", key))
            {
                rows.Add(new Row(key, date.Value, person.Value, customer, type.Id, row.GetBool("qualified"),
                    minutes is null ? null : (int)Math.Round(minutes.Value, MidpointRounding.AwayFromZero), channel, note));
            }
        }

        if (run.Errors.HasErrors)
        {
            return;
        }

        var callType = types.Find(t => t.Code == DefaultActivityTypes.Call)?.Id;
        var existing = await db.Activities.Where(a => a.CompanyId == company && a.ExternalId != null)
            .ToDictionaryAsync(a => a.ExternalId!, StringComparer.Ordinal, ct);
        foreach (var r in rows)
        {
            if (!existing.TryGetValue(r.Key, out var activity))
            {
                activity = db.Activities.Add(new Activity
                {
                    CompanyId = company, ExternalId = r.Key,
                    Channel = r.Type == callType ? ActivityChannel.Phone : ActivityChannel.FaceToFace,
                }).Entity;
            }

            activity.Date = r.Date;
            activity.PersonId = r.Person;
            activity.ActivityTypeId = r.Type;
            if (run.IsMapped("customer_id"))
            {
                activity.CustomerId = r.Customer;
            }

            if (r.Qualified is { } qualified)
            {
                activity.Qualified = qualified;
            }

            if (r.Minutes is { } minutes)
            {
                activity.DurationMinutes = minutes;
            }

            if (r.Channel is { } channel)
            {
                activity.Channel = channel;
            }

            if (run.IsMapped("note"))
            {
                activity.OutcomeNote = r.Note;
            }
        }

        var counts = (await ChangeLog.SaveAsync(db, run.Batch.Id, ct)).GetValueOrDefault(nameof(Activity));
        (run.Added, run.Updated) = (counts.Added, counts.Modified);
    }

    /// <summary>A stable key for a row without the CRM's id; equal rows are told apart by their order in the file.</summary>
    private static string DerivedKey(DateOnly date, string person, string? customer, string type, Dictionary<string, int> occurrences)
    {
        var content = string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}\u001f{person}\u001f{customer}\u001f{type}");
        var n = occurrences[content] = occurrences.GetValueOrDefault(content) + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{content}\u001f{n}")));
        return "~" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static ActivityChannel? ParseChannel(ImportRun run, Reading.ImportRow row)
    {
        var text = row.Get("channel");
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<ActivityChannel>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        foreach (var (name, channel) in Channels)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return channel;
            }
        }

        run.Error(row, "channel", text, ImportReasons.UnknownChannel());
        return null;
    }
}
