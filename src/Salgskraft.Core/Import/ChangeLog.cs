using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Import;

namespace Salgskraft.Core.Import;

/// <summary>
/// Records what an import adds and changes, as <see cref="ImportChange"/> rows, and reverses it. Master data goes
/// through EF's change tracker, so what is recorded is exactly what is saved; sales lines are written in SQL and
/// recorded there (<see cref="SalesLineImport"/>), in the same shape.
/// </summary>
internal static class ChangeLog
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        // SQLite keeps decimals as text, so a sales line's old values hold "1234.5" where PostgreSQL writes 1234.5.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>
    /// Saves the tracked changes and records, for every row added or modified, what undoing needs.
    /// Returns the rows added and modified per entity name.
    /// </summary>
    public static async Task<Dictionary<string, (int Added, int Modified)>> SaveAsync(SalgskraftDbContext db, int batchId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries().Where(e => e.Entity is not (ImportBatch or ImportChange)).ToList();
        var added = entries.Where(e => e.State == EntityState.Added).ToList();
        var modified = entries.Where(e => e.State == EntityState.Modified)
            .Select(e => (Entry: e, Old: OldValues(e)))
            .ToList();
        await db.SaveChangesAsync(cancellationToken);

        var counts = new Dictionary<string, (int Added, int Modified)>(StringComparer.Ordinal);
        foreach (var entry in added)
        {
            db.ImportChanges.Add(Change(batchId, entry, null));
            var name = entry.Metadata.ClrType.Name;
            counts[name] = (counts.GetValueOrDefault(name).Added + 1, counts.GetValueOrDefault(name).Modified);
        }

        foreach (var (entry, old) in modified)
        {
            db.ImportChanges.Add(Change(batchId, entry, old));
            var name = entry.Metadata.ClrType.Name;
            counts[name] = (counts.GetValueOrDefault(name).Added, counts.GetValueOrDefault(name).Modified + 1);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries<ImportChange>().ToList())
        {
            entry.State = EntityState.Detached;
        }

        return counts;
    }

    /// <summary>
    /// Reverses the recorded changes of a batch, newest first: rows it added are deleted, rows it changed get
    /// their old values back. Sales lines the batch added are deleted by the caller beforehand.
    /// </summary>
    public static async Task UndoAsync(SalgskraftDbContext db, int batchId, CancellationToken cancellationToken)
    {
        var changes = await db.ImportChanges.AsNoTracking()
            .Where(c => c.BatchId == batchId)
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var types = db.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToDictionary(t => t.ClrType.Name, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var type = types[change.Entity];
            var key = type.FindPrimaryKey()!.Properties[0];
            var entity = await db.FindAsync(type.ClrType, [Convert.ChangeType(change.RowId, key.ClrType, CultureInfo.InvariantCulture)], cancellationToken);
            if (entity is null)
            {
                continue; // removed since by someone else; nothing to restore
            }

            if (change.OldValues is null)
            {
                db.Remove(entity);
                continue;
            }

            var entry = db.Entry(entity);
            using var old = JsonDocument.Parse(change.OldValues);
            foreach (var property in old.RootElement.EnumerateObject())
            {
                var target = entry.Property(property.Name);
                target.CurrentValue = property.Value.Deserialize(target.Metadata.ClrType, Json);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static ImportChange Change(int batchId, EntityEntry entry, string? oldValues) => new()
    {
        BatchId = batchId,
        Entity = entry.Metadata.ClrType.Name,
        RowId = Convert.ToInt64(entry.Properties.Single(p => p.Metadata.IsPrimaryKey()).CurrentValue, CultureInfo.InvariantCulture),
        OldValues = oldValues,
    };

    private static string OldValues(EntityEntry entry) =>
        JsonSerializer.Serialize(
            entry.Properties.Where(p => p.IsModified).ToDictionary(p => p.Metadata.Name, p => p.OriginalValue, StringComparer.Ordinal),
            Json);
}
