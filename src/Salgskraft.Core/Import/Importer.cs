using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.Import.Reading;
using Salgskraft.Core.Sales;
using Salgskraft.Domain.Import;

namespace Salgskraft.Core.Import;

/// <summary>An entry of the import history.</summary>
public sealed record ImportBatchInfo(int Id, string Kind, string FileName, string Sha256, string ImportedBy, DateTimeOffset ImportedAt,
    ImportCounts Counts, DateTimeOffset? UndoneAt, string? UndoneBy, bool CanUndo);

/// <summary>
/// Imports a file into a company, all or nothing: the whole file is read and checked first, and only a file
/// without a single error is written, in one transaction that also records the batch and what it changed. The
/// same service lists the history and undoes an import as a whole. Used by the CLI, the API and the UI alike.
/// </summary>
public sealed class Importer(SalgskraftDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan ImportCommandTimeout = TimeSpan.FromHours(1);

    /// <summary>
    /// Imports <paramref name="file"/>, which must be seekable: it is read once for its hash and once for its rows
    /// (and again if the database asks for a retry). Never throws for a bad file; every problem is in the result.
    /// </summary>
    public async Task<ImportResult> ImportAsync(ImportRequest request, Stream file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(file);
        if (request.Kind == ImportKind.Goals)
        {
            // Goals join the co-ownership workflow as proposals, which only the goals import knows how to make.
            throw new ValidationFailedException("kind", ImportReasons.GoalsNotADataImport());
        }

        if (!file.CanSeek)
        {
            throw new ArgumentException("The file must be seekable (copy an upload to a temporary file first).", nameof(file));
        }

        file.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        var kind = ImportKinds.Name(request.Kind);
        var earlier = await db.ImportBatches.AsNoTracking()
            .Where(b => b.CompanyId == request.CompanyId && b.Kind == kind && b.Sha256 == sha256 && b.UndoneAt == null)
            .OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        var sameFile = earlier is null ? null : Info(earlier, false);

        // A file of millions of lines makes single statements (the upsert, the aggregate) run for minutes.
        db.Database.SetCommandTimeout(ImportCommandTimeout);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            file.Position = 0;
            using var session = ImportFileReader.Open(file, request.FileName, request.Kind, request.Options);
            if (!session.CanReadRows)
            {
                return Result(request, sha256, session, ImportCounts.None, null, sameFile);
            }

            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var batch = new ImportBatch
            {
                CompanyId = request.CompanyId, ImportedBy = request.ImportedBy, ImportedAt = now, Kind = kind,
                FileName = Path.GetFileName(request.FileName), Sha256 = sha256,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(ct);

            var run = new ImportRun(db, request, session, batch) { Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime) };
            await RunKindAsync(run, ct);
            if (session.Errors.HasErrors)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Result(request, sha256, session, run.Counts, null, sameFile);
            }

            var counts = run.Counts;
            (batch.Rows, batch.Added, batch.Updated, batch.Unchanged) = (counts.Rows, counts.Added, counts.Updated, counts.Unchanged);
            (batch.CreatedCustomers, batch.CreatedProducts, batch.CreatedProductGroups, batch.CreatedPeople, batch.CreatedUnits) =
                (counts.CreatedCustomers, counts.CreatedProducts, counts.CreatedProductGroups, counts.CreatedPeople, counts.CreatedUnits);
            db.ImportBatches.Update(batch); // kinds clear the change tracker between their steps
            await db.SaveChangesAsync(ct);
            if (request.DryRun)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                await transaction.CommitAsync(ct);
            }

            db.ChangeTracker.Clear();
            return Result(request, sha256, session, counts, request.DryRun ? null : batch.Id, sameFile);
        }, cancellationToken);
    }

    /// <summary>The company's imports, newest first.</summary>
    public async Task<IReadOnlyList<ImportBatchInfo>> HistoryAsync(int companyId, CancellationToken cancellationToken = default)
    {
        var batches = await db.ImportBatches.AsNoTracking().Where(b => b.CompanyId == companyId)
            .OrderByDescending(b => b.Id).ToListAsync(cancellationToken);
        var newestUndoable = batches.FirstOrDefault(b => b.UndoneAt is null && b.HasChanges)?.Id;
        return [.. batches.Select(b => Info(b, b.Id == newestUndoable))];
    }

    /// <summary>
    /// Undoes an import as a whole, in one transaction: the rows it added are deleted, the rows it changed get
    /// their old values back, and the sales aggregate is refreshed. Imports are undone newest first, so a later
    /// import's changes are never silently lost; an older one is refused until the later ones are undone.
    /// </summary>
    /// <exception cref="NotFoundException">No such import in the company.</exception>
    /// <exception cref="ValidationFailedException">Already undone, nothing to undo, or a later import comes first.</exception>
    public async Task<ImportBatchInfo> UndoAsync(int companyId, int batchId, string undoneBy, CancellationToken cancellationToken = default)
    {
        db.Database.SetCommandTimeout(ImportCommandTimeout);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.CompanyId == companyId, ct)
                ?? throw new NotFoundException(AccessReasons.ImportNotFound(batchId));
            if (batch.UndoneAt is not null)
            {
                throw new ValidationFailedException("import", ImportReasons.AlreadyUndone(batchId));
            }

            if (!batch.HasChanges)
            {
                throw new ValidationFailedException("import", ImportReasons.NothingToUndo(batchId));
            }

            var later = await db.ImportBatches.AsNoTracking()
                .Where(b => b.CompanyId == companyId && b.Id > batchId && b.UndoneAt == null)
                .OrderByDescending(b => b.Id).ToListAsync(ct);
            if (later.FirstOrDefault(b => b.HasChanges) is { } blocking)
            {
                throw new ValidationFailedException("import",
                    ImportReasons.LaterImportFirst(batchId, blocking.Id, blocking.FileName, blocking.ImportedAt));
            }

            await db.SalesLines.Where(l => l.ImportBatchId == batchId).ExecuteDeleteAsync(ct);
            try
            {
                await ChangeLog.UndoAsync(db, batchId, ct);
            }
            catch (DbUpdateException e)
            {
                throw new ValidationFailedException("import", ImportReasons.RowsInUse(batchId, e.GetBaseException().Message));
            }

            if (batch.FirstDate is not null)
            {
                await SalesAggregate.RefreshAsync(db, companyId, batch.FirstDate, batch.LastDate, ct);
            }

            db.ImportBatches.Attach(batch);
            batch.UndoneAt = clock.GetUtcNow();
            batch.UndoneBy = undoneBy;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return Info(batch, false);
        }, cancellationToken);
    }

    private static Task RunKindAsync(ImportRun run, CancellationToken ct) => run.Request.Kind switch
    {
        ImportKind.SalesLines => SalesLineImport.RunAsync(run, ct),
        ImportKind.Customers => CustomerImport.RunAsync(run, ct),
        ImportKind.Potentials => CustomerImport.RunPotentialsAsync(run, ct),
        ImportKind.Products => ProductImport.RunAsync(run, ct),
        ImportKind.People => PeopleImport.RunAsync(run, ct),
        ImportKind.Activities => ActivityImport.RunAsync(run, ct),
        ImportKind.Deals => DealImport.RunAsync(run, ct),
        ImportKind.Surveys => SurveyImport.RunAsync(run, ct),
        ImportKind.SalesCosts => SalesCostImport.RunAsync(run, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(run), run.Request.Kind, null),
    };

    private static ImportResult Result(ImportRequest request, string sha256, ReadSession session, ImportCounts counts, int? batchId, ImportBatchInfo? sameFile) =>
        new(request.Kind, request.FileName, sha256, session.Format,
            session.Mapping?.FieldToHeader ?? new Dictionary<string, string>(),
            session.Mapping?.IgnoredHeaders ?? [],
            counts, session.Errors.Kept, session.Errors.Total, request.DryRun, batchId, sameFile);

    internal static ImportBatchInfo Info(ImportBatch b, bool canUndo) =>
        new(b.Id, b.Kind, b.FileName, b.Sha256, b.ImportedBy, b.ImportedAt,
            new ImportCounts(b.Rows, b.Added, b.Updated, b.Unchanged, b.CreatedCustomers, b.CreatedProducts, b.CreatedProductGroups, b.CreatedPeople, b.CreatedUnits),
            b.UndoneAt, b.UndoneBy, canUndo);
}
