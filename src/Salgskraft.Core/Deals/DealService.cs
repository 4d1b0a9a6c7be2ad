using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;

namespace Salgskraft.Core.Deals;

/// <summary>What the user enters for a deal. <see cref="PersonId"/> null means the caller's own person.</summary>
public sealed record DealInput(
    int? PersonId,
    int CustomerId,
    string Title,
    decimal Value,
    int? StageId = null,
    int? ProductGroupId = null,
    DateOnly? ExpectedClose = null);

public sealed record DealDto(
    int Id,
    int PersonId,
    string PersonName,
    int CustomerId,
    string CustomerName,
    int? ProductGroupId,
    string Title,
    decimal Value,
    int StageId,
    string StageName,
    decimal Probability,
    DateOnly? ExpectedClose,
    DealStatus Status,
    string? LostReason,
    DateOnly CreatedOn,
    DateOnly? ClosedOn,
    DateOnly? LastActivityOn,
    DateOnly StageChangedOn,
    bool IsStuck,
    int DaysWithoutProgress);

public sealed record DealFilter(int? PersonId = null, int? CustomerId = null, DealStatus? Status = null, int? StageId = null);

public sealed record DealStageDto(int Id, string Name, int Order, decimal Probability, bool IsMeeting, bool IsQuote);

public sealed record DealStageChangeDto(int Id, int? FromStageId, string? FromStageName, int ToStageId, string ToStageName, DateOnly ChangedOn, string? ChangedBy);

/// <summary>
/// The pipeline figures for what the caller may see: open deals now (value and weighted), and the outcome of the
/// deals closed in the period (closing rate, conversion meeting → quote → won).
/// </summary>
public sealed record PipelineSummaryDto(
    string Period,
    int OpenDeals,
    decimal PipelineValue,
    decimal WeightedPipelineValue,
    int Won,
    int Lost,
    decimal WonValue,
    int MeetingsClosed,
    int QuotesClosed,
    int QuotesWon,
    decimal? ClosingRate,
    decimal? MeetingToQuote,
    decimal? MeetingToWon,
    int StuckDeals,
    int StuckDealDays);

/// <summary>
/// Deals and quotes: entry, moving through the company's stages (each move kept in the history), closing as won or
/// lost, and the pipeline figures. The access rule is that of activities: own, units', or the company's.
/// </summary>
public sealed class DealService(SalgskraftDbContext db, TimeProvider clock)
{
    public const int MaxTitleLength = 200;
    public const int MaxLostReasonLength = 500;

    public async Task<IReadOnlyList<DealDto>> ListAsync(AccessContext access, DealFilter filter, CancellationToken cancellationToken = default)
    {
        var q = db.Deals(access.Scope);
        if (filter.PersonId is { } personId)
        {
            q = q.Where(d => d.PersonId == personId);
        }

        if (filter.CustomerId is { } customerId)
        {
            q = q.Where(d => d.CustomerId == customerId);
        }

        if (filter.Status is { } status)
        {
            q = q.Where(d => d.Status == status);
        }

        if (filter.StageId is { } stageId)
        {
            q = q.Where(d => d.StageId == stageId);
        }

        return await ProjectAsync(access, q, cancellationToken);
    }

    public async Task<DealDto> GetAsync(AccessContext access, int id, CancellationToken cancellationToken = default) =>
        (await ProjectAsync(access, db.Deals(access.Scope).Where(d => d.Id == id), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException(AccessReasons.DealNotFound(id));

    public Task<List<DealStageDto>> StagesAsync(AccessContext access, CancellationToken cancellationToken = default) =>
        db.DealStages.Where(s => s.CompanyId == access.Company.Id).OrderBy(s => s.Order)
            .Select(s => new DealStageDto(s.Id, s.Name, s.Order, s.Probability, s.IsMeeting, s.IsQuote))
            .ToListAsync(cancellationToken);

    /// <summary>A new open deal, in the given stage or the company's first; its first stage is the start of its history.</summary>
    public async Task<DealDto> CreateAsync(AccessContext access, DealInput input, CancellationToken cancellationToken = default)
    {
        var today = SalesSettingsService.Today(clock);
        var stageId = input.StageId ?? await db.DealStages.Where(s => s.CompanyId == access.Company.Id).OrderBy(s => s.Order)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationFailedException("stageId", DealReasons.NoStages());
        var deal = new Deal { CompanyId = access.Company.Id, Title = string.Empty, CreatedOn = today, StageChangedOn = today, StageId = stageId };
        await ApplyAsync(access, deal, input with { StageId = stageId }, cancellationToken);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Deals.Add(deal);
            await db.SaveChangesAsync(ct);
            db.DealStageChanges.Add(new DealStageChange
            {
                CompanyId = access.Company.Id,
                DealId = deal.Id,
                ToStageId = stageId,
                ChangedOn = today,
                ChangedByPersonId = access.PersonId,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        return await GetAsync(access, deal.Id, cancellationToken);
    }

    /// <summary>Changes what the deal is (customer, person, title, value, product group, expected close); a new stage is a move.</summary>
    public async Task<DealDto> UpdateAsync(AccessContext access, int id, DealInput input, CancellationToken cancellationToken = default)
    {
        var deal = await FindAsync(access, id, cancellationToken);
        await ApplyAsync(access, deal, input with { PersonId = input.PersonId ?? deal.PersonId, StageId = input.StageId ?? deal.StageId }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (input.StageId is { } stageId && stageId != deal.StageId)
        {
            return await MoveAsync(access, id, stageId, cancellationToken);
        }

        return await GetAsync(access, id, cancellationToken);
    }

    /// <summary>Moves an open deal to another stage: records the change and resets the days in stage.</summary>
    public async Task<DealDto> MoveAsync(AccessContext access, int id, int stageId, CancellationToken cancellationToken = default)
    {
        var deal = await FindAsync(access, id, cancellationToken);
        if (deal.Status != DealStatus.Open)
        {
            throw new ValidationFailedException("status", DealReasons.ClosedDealCannotMove());
        }

        await RequireStageAsync(access, stageId, cancellationToken);
        if (stageId != deal.StageId)
        {
            var today = SalesSettingsService.Today(clock);
            db.DealStageChanges.Add(new DealStageChange
            {
                CompanyId = access.Company.Id,
                DealId = deal.Id,
                FromStageId = deal.StageId,
                ToStageId = stageId,
                ChangedOn = today,
                ChangedByPersonId = access.PersonId,
            });
            deal.StageId = stageId;
            deal.StageChangedOn = today;
            await db.SaveChangesAsync(cancellationToken);
        }

        return await GetAsync(access, id, cancellationToken);
    }

    /// <summary>
    /// Closes a deal as won or lost on <paramref name="closedOn"/> (today when null, never after today). A lost deal
    /// needs its reason. The stage stays the one it closed in, which is what the funnel reads.
    /// </summary>
    public async Task<DealDto> CloseAsync(AccessContext access, int id, bool won, string? lostReason, DateOnly? closedOn = null,
        CancellationToken cancellationToken = default)
    {
        var deal = await FindAsync(access, id, cancellationToken);
        var today = SalesSettingsService.Today(clock);
        var errors = new ValidationErrors();
        if (deal.Status != DealStatus.Open)
        {
            errors.Add("status", DealReasons.AlreadyClosed());
        }

        if (!won && string.IsNullOrWhiteSpace(lostReason))
        {
            errors.Add("lostReason", DealReasons.NoLostReason());
        }
        else if (lostReason?.Length > MaxLostReasonLength)
        {
            errors.Add("lostReason", DealReasons.LostReasonTooLong());
        }

        var date = closedOn ?? today;
        if (date > today || date < deal.CreatedOn)
        {
            errors.Add("closedOn", DealReasons.CloseDateOutOfRange());
        }

        errors.ThrowIfAny();

        deal.Status = won ? DealStatus.Won : DealStatus.Lost;
        deal.LostReason = won ? null : lostReason!.Trim();
        deal.ClosedOn = date;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(access, id, cancellationToken);
    }

    /// <summary>Opens a closed deal again (a mistaken close, or a lost customer came back).</summary>
    public async Task<DealDto> ReopenAsync(AccessContext access, int id, CancellationToken cancellationToken = default)
    {
        var deal = await FindAsync(access, id, cancellationToken);
        deal.Status = DealStatus.Open;
        deal.ClosedOn = null;
        deal.LostReason = null;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(access, id, cancellationToken);
    }

    public async Task<IReadOnlyList<DealStageChangeDto>> HistoryAsync(AccessContext access, int id, CancellationToken cancellationToken = default)
    {
        await FindAsync(access, id, cancellationToken);
        return await (
                from c in db.DealStageChanges(access.Scope)
                where c.DealId == id
                join to in db.DealStages on c.ToStageId equals to.Id
                join fromStage in db.DealStages on c.FromStageId equals fromStage.Id into fs
                from f in fs.DefaultIfEmpty()
                join p in db.People on c.ChangedByPersonId equals p.Id into ps
                from changer in ps.DefaultIfEmpty()
                orderby c.ChangedOn, c.Id
                select new DealStageChangeDto(c.Id, c.FromStageId, f == null ? null : f.Name, c.ToStageId, to.Name, c.ChangedOn, changer == null ? null : changer.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Pipeline now and the outcome of the period (this year when null), for one person or all the caller may see.</summary>
    public async Task<PipelineSummaryDto> SummaryAsync(AccessContext access, Period? period, int? personId = null, CancellationToken cancellationToken = default)
    {
        var today = SalesSettingsService.Today(clock);
        var p = period ?? Period.Year(today.Year);
        var q = db.Deals(access.Scope);
        if (personId is { } id)
        {
            q = q.Where(d => d.PersonId == id);
        }

        var deals = await q.AsNoTracking()
            .Where(d => d.Status == DealStatus.Open || (d.ClosedOn >= p.Start && d.ClosedOn <= p.End))
            .ToListAsync(cancellationToken);
        var stages = await db.DealStages.AsNoTracking().Where(s => s.CompanyId == access.Company.Id).ToListAsync(cancellationToken);
        var closedIds = deals.Where(d => d.Status != DealStatus.Open).Select(d => d.Id).ToList();
        var changes = await db.DealStageChanges.AsNoTracking()
            .Where(c => c.CompanyId == access.Company.Id && closedIds.Contains(c.DealId)).ToListAsync(cancellationToken);
        var settings = await SalesSettingsService.LoadAsync(db, access.Company.Id, cancellationToken);

        var funnel = DealFunnel.Compute(deals, stages, changes, p);
        var closed = deals.Where(d => d.Status != DealStatus.Open).ToList();
        return new PipelineSummaryDto(
            p.ToString(),
            deals.Count(d => d.Status == DealStatus.Open),
            Pipeline.Value(deals),
            Pipeline.WeightedValue(deals, stages),
            closed.Count(d => d.Status == DealStatus.Won),
            closed.Count(d => d.Status == DealStatus.Lost),
            closed.Where(d => d.Status == DealStatus.Won).Sum(d => d.Value),
            funnel.MeetingsClosed,
            funnel.QuotesClosed,
            funnel.QuotesWon,
            funnel.ClosingRate,
            funnel.MeetingToQuote,
            funnel.MeetingToWon,
            StuckDeals.Find(deals, today, settings.StuckDealDays).Count,
            settings.StuckDealDays);
    }

    /// <summary>Open deals with neither an activity nor a stage change for the company's N days, longest first.</summary>
    public async Task<IReadOnlyList<DealDto>> StuckAsync(AccessContext access, CancellationToken cancellationToken = default)
    {
        var all = await ProjectAsync(access, db.Deals(access.Scope).Where(d => d.Status == DealStatus.Open), cancellationToken);
        return all.Where(d => d.IsStuck).OrderByDescending(d => d.DaysWithoutProgress).ThenBy(d => d.Id).ToList();
    }

    private async Task<Deal> FindAsync(AccessContext access, int id, CancellationToken cancellationToken) =>
        await db.Deals(access.Scope).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException(AccessReasons.DealNotFound(id));

    private async Task RequireStageAsync(AccessContext access, int stageId, CancellationToken cancellationToken)
    {
        if (!await db.DealStages.AnyAsync(s => s.Id == stageId && s.CompanyId == access.Company.Id, cancellationToken))
        {
            throw new ValidationFailedException("stageId", DealReasons.ChooseStage());
        }
    }

    private async Task ApplyAsync(AccessContext access, Deal deal, DealInput input, CancellationToken cancellationToken)
    {
        var personId = input.PersonId ?? access.PersonId
            ?? throw new ValidationFailedException("personId", DealReasons.NoPerson());
        if (!await db.People(access.Scope).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            throw new NotFoundException(AccessReasons.PersonNotFound(personId));
        }

        if (!await db.Customers(access.Scope).AnyAsync(c => c.Id == input.CustomerId, cancellationToken))
        {
            throw new NotFoundException(AccessReasons.CustomerNotFound(input.CustomerId));
        }

        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > MaxTitleLength)
        {
            errors.Add("title", DealReasons.TitleRequired());
        }

        if (input.Value < 0)
        {
            errors.Add("value", DealReasons.NegativeValue());
        }

        if (input.StageId is { } stageId && !await db.DealStages.AnyAsync(s => s.Id == stageId && s.CompanyId == access.Company.Id, cancellationToken))
        {
            errors.Add("stageId", DealReasons.ChooseStage());
        }

        if (input.ProductGroupId is { } groupId
            && !await db.ProductGroups.AnyAsync(g => g.Id == groupId && g.CompanyId == access.Company.Id, cancellationToken))
        {
            errors.Add("productGroupId", DealReasons.UnknownProductGroup());
        }

        errors.ThrowIfAny();

        deal.PersonId = personId;
        deal.CustomerId = input.CustomerId;
        deal.Title = input.Title.Trim();
        deal.Value = input.Value;
        deal.ProductGroupId = input.ProductGroupId;
        deal.ExpectedClose = input.ExpectedClose;
    }

    /// <summary>Newest first, each marked stuck or not by the company's rule.</summary>
    private async Task<List<DealDto>> ProjectAsync(AccessContext access, IQueryable<Deal> q, CancellationToken cancellationToken)
    {
        var today = SalesSettingsService.Today(clock);
        var settings = await SalesSettingsService.LoadAsync(db, access.Company.Id, cancellationToken);
        var rows = await (
                from d in q
                join p in db.People on d.PersonId equals p.Id
                join c in db.Customers on d.CustomerId equals c.Id
                join s in db.DealStages on d.StageId equals s.Id
                select new { Deal = d, Person = p.Name, Customer = c.Name, Stage = s.Name, s.Probability })
            .AsNoTracking().ToListAsync(cancellationToken);
        var stuck = StuckDeals.Find(rows.Select(r => r.Deal), today, settings.StuckDealDays).Select(s => s.Deal.Id).ToHashSet();
        return rows.OrderByDescending(r => r.Deal.CreatedOn).ThenByDescending(r => r.Deal.Id).Select(r =>
        {
            var d = r.Deal;
            return new DealDto(d.Id, d.PersonId, r.Person, d.CustomerId, r.Customer, d.ProductGroupId, d.Title, d.Value, d.StageId, r.Stage,
                r.Probability, d.ExpectedClose, d.Status, d.LostReason, d.CreatedOn, d.ClosedOn, d.LastActivityOn, d.StageChangedOn,
                stuck.Contains(d.Id), today.DayNumber - StuckDeals.LastProgressOn(d).DayNumber);
        }).ToList();
    }
}
