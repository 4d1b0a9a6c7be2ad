using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Salgskraft.Core.Customers;
using Salgskraft.Core.Data;
using Salgskraft.Core.ResultModel;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Common;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Core.Demo;

/// <summary>
/// Activities, deals, weekly activity goals and result goals for the demo companies over the same three years as the
/// sales lines, from their own fixed seed. Every salesperson and service advisor works to the same plan (5 meetings
/// of weight 2, 8 calls and 1 quote a week); at Regnskap Påfunn three of them fall short on one factor each, so the
/// manager's result model names all three: Jonas too little activity, Ingrid the wrong customers, Ola weak closing.
/// </summary>
public static class DemoActivities
{
    /// <summary>Jonas Haugen: does about half of the activity goals.</summary>
    public const string WeakOnQuantity = "JH";

    /// <summary>Ingrid Bakke: busy, but mostly with customers that are not prioritised.</summary>
    public const string WeakOnQualify = "IB";

    /// <summary>Ola Solberg: few meetings become quotes, few quotes are won.</summary>
    public const string WeakOnQuality = "OS";

    private const ulong SeedOffset = 500;
    private const int MeetingsPerWeek = 5, CallsPerWeek = 8, QuotesPerWeek = 1;

    private static readonly string[] LostReasons = ["Pris", "Valgte en annen leverandør", "Utsatt til neste år", "Ingen budsjett"];

    /// <summary>
    /// How one person works. Activity: share of the activity goals done; Prioritised: share of activities and deals on
    /// prioritised customers; MeetingToQuote and Win: the chances that a deal gets from meeting to quote, and a quote won.
    /// </summary>
    private sealed record Profile(double Activity, double Prioritised, double MeetingToQuote, double Win, int MeetingMinutes);

    private static readonly Profile Good = new(1.05, 0.80, 0.60, 0.75, 120);

    private static Profile ProfileOf(string externalId) => externalId switch
    {
        WeakOnQuantity => Good with { Activity = 0.55, MeetingMinutes = 70 },
        WeakOnQualify => Good with { Activity = 1.10, Prioritised = 0.28 },
        WeakOnQuality => Good with { MeetingToQuote = 0.30, Win = 0.30 },
        _ => Good,
    };

    /// <summary>Loads what the sets' companies did; called after their sales lines and month aggregate are in place.</summary>
    internal static async Task LoadAsync(SalgskraftDbContext db, IReadOnlyList<DemoSet> sets, DateOnly today, CancellationToken ct)
    {
        var platform = new CustomerPlatformQuery(SqlReads.Over(db));
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            var companyId = await db.Companies.Where(c => c.Slug == set.Slug).Select(c => c.Id).SingleAsync(ct);
            var prioritised = await ResultModelService.PrioritisedCustomersAsync(db, platform, companyId, today, ct);
            await LoadCompanyAsync(db, companyId, set, prioritised, today, new DemoRandom(DemoData.Seed + SeedOffset + (ulong)i), ct);
        }
    }

    private static async Task LoadCompanyAsync(SalgskraftDbContext db, int companyId, DemoSet set, IReadOnlySet<int> prioritised,
        DateOnly today, DemoRandom random, CancellationToken ct)
    {
        var types = await db.ActivityTypes.Where(t => t.CompanyId == companyId).ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var stages = await db.DealStages.Where(s => s.CompanyId == companyId).OrderBy(s => s.Order).Select(s => s.Id).ToListAsync(ct);
        var people = await db.People.Where(p => p.CompanyId == companyId).ToDictionaryAsync(p => p.ExternalId, p => p.Id, ct);
        var customers = await db.Customers.Where(c => c.CompanyId == companyId).Select(c => new { c.Id, c.OwnerId }).ToListAsync(ct);
        var groups = await db.ProductGroups.Where(g => g.CompanyId == companyId).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var workers = set.People.Where(p => p.Role is PersonRole.Salesperson or PersonRole.ServiceAdvisor).ToList();

        var activities = new List<Activity>();
        var deals = new List<(Deal Deal, List<(int Stage, DateOnly On)> Steps)>();
        foreach (var person in workers)
        {
            var personId = people[person.ExternalId];
            var own = customers.Where(c => c.OwnerId == personId).Select(c => c.Id).ToList();
            var (top, rest) = (own.Where(prioritised.Contains).ToList(), own.Where(c => !prioritised.Contains(c)).ToList());
            if (own.Count == 0)
            {
                continue;
            }

            var profile = ProfileOf(person.ExternalId);
            int PickCustomer() => random.Pick(top.Count > 0 && (rest.Count == 0 || random.Chance(profile.Prioritised)) ? top : rest);
            Activity New(string type, int? customer, DateOnly date, ActivityChannel channel, int minutes, bool qualified = false) => new()
            {
                CompanyId = companyId, PersonId = personId, CustomerId = customer, ActivityTypeId = types[type], Date = date,
                Channel = channel, DurationMinutes = minutes, Qualified = qualified,
            };

            for (var day = new DateOnly(today.Year - 2, 1, 1); day <= today; day = day.AddDays(1))
            {
                if (!WorkingDays.IsWorkingDay(HolidayCountry.Norway, day))
                {
                    continue;
                }

                for (var n = Draw(random, MeetingsPerWeek * profile.Activity / 5); n > 0; n--)
                {
                    var faceToFace = random.Chance(0.8);
                    activities.Add(New(DefaultActivityTypes.Meeting, PickCustomer(), day, faceToFace ? ActivityChannel.FaceToFace : ActivityChannel.Digital,
                        faceToFace ? profile.MeetingMinutes + random.Next(-20, 31) : 45, random.Chance(0.7)));
                }

                for (var n = Draw(random, CallsPerWeek * profile.Activity / 5); n > 0; n--)
                {
                    activities.Add(New(DefaultActivityTypes.Call, PickCustomer(), day, ActivityChannel.Phone, random.Next(10, 26)));
                }

                for (var n = Draw(random, QuotesPerWeek * profile.Activity / 5); n > 0; n--)
                {
                    activities.Add(New(DefaultActivityTypes.Quote, PickCustomer(), day, ActivityChannel.Digital, 60));
                }

                if (random.Chance(0.04))
                {
                    activities.Add(New(DefaultActivityTypes.Offer, null, day, ActivityChannel.Digital, 90));
                }

                if (random.Chance(0.01 * profile.Activity))
                {
                    activities.Add(New(DefaultActivityTypes.Stand, null, day, ActivityChannel.FaceToFace, 360));
                }

                if (random.Chance(0.2 * profile.Activity))
                {
                    deals.Add(NewDeal(random, companyId, personId, PickCustomer(), random.Pick(groups).Id, random.Pick(groups).Name, day, today, stages, profile));
                }
            }

            // A fresh quote for everyone, so the board always has one to win.
            var fresh = today.AddDays(-7);
            deals.Add((new Deal
            {
                CompanyId = companyId, PersonId = personId, CustomerId = random.Pick(top.Count > 0 ? top : rest), Title = "Årsavtale " + groups[0].Name,
                Value = 120_000m, StageId = stages[3], CreatedOn = fresh.AddDays(-14), StageChangedOn = fresh, LastActivityOn = fresh,
            }, [(stages[0], fresh.AddDays(-14)), (stages[2], fresh.AddDays(-7)), (stages[3], fresh)]));
        }

        await SaveAsync(db, companyId, set, people, activities, deals, types, today, ct);
    }

    /// <summary>
    /// A deal that walks the stages from its start, a few days to weeks per step: it may be lost before the meeting,
    /// reaches a quote with the person's meeting → quote chance, and is won with their closing chance. Steps that
    /// would fall after today leave it open where it is; now and then a deal stalls (so some are stuck).
    /// </summary>
    private static (Deal, List<(int, DateOnly)>) NewDeal(DemoRandom random, int companyId, int personId, int customerId, int groupId, string groupName,
        DateOnly created, DateOnly today, IReadOnlyList<int> stages, Profile profile)
    {
        var deal = new Deal
        {
            CompanyId = companyId, PersonId = personId, CustomerId = customerId, ProductGroupId = groupId,
            Title = string.Create(CultureInfo.InvariantCulture, $"{groupName} {created.Year}"),
            Value = random.Next(20, 251) * 1000m, StageId = stages[0], CreatedOn = created, StageChangedOn = created,
            ExpectedClose = created.AddDays(60),
        };
        var steps = new List<(int, DateOnly)> { (stages[0], created) };
        var on = created;
        bool Step(int stage)
        {
            on = on.AddDays(random.Chance(0.08) ? random.Next(40, 90) : random.Next(3, 15));
            if (on > today)
            {
                return false;
            }

            steps.Add((stages[stage], on));
            deal.StageId = stages[stage];
            deal.StageChangedOn = on;
            return true;
        }

        void Close(bool won)
        {
            var closed = on.AddDays(random.Next(3, 15));
            if (closed > today)
            {
                return;
            }

            deal.Status = won ? DealStatus.Won : DealStatus.Lost;
            deal.ClosedOn = closed;
            deal.LostReason = won ? null : random.Pick(LostReasons);
        }

        if (!random.Chance(0.9) || !Step(1) || !random.Chance(0.9))
        {
            Close(won: false);
            return (deal, steps);
        }

        if (!Step(2))
        {
            return (deal, steps);
        }

        if (!random.Chance(profile.MeetingToQuote))
        {
            Close(won: false);
            return (deal, steps);
        }

        if (Step(3) && (!random.Chance(0.5) || Step(4)))
        {
            Close(random.Chance(profile.Win));
        }

        return (deal, steps);
    }

    /// <summary>A count with the given mean: the whole part, plus one with the chance of the fraction.</summary>
    private static int Draw(DemoRandom random, double mean) => (int)mean + (random.Chance(mean - Math.Floor(mean)) ? 1 : 0);

    // The columns as the EF model names and stores them (enums as their names); those left out stay NULL.
    private static readonly BulkColumn<Activity>[] ActivityColumns =
    [
        new(nameof(Activity.CompanyId), NpgsqlDbType.Integer, a => a.CompanyId),
        new(nameof(Activity.PersonId), NpgsqlDbType.Integer, a => a.PersonId),
        new(nameof(Activity.CustomerId), NpgsqlDbType.Integer, a => a.CustomerId),
        new(nameof(Activity.ActivityTypeId), NpgsqlDbType.Integer, a => a.ActivityTypeId),
        new(nameof(Activity.Date), NpgsqlDbType.Date, a => a.Date),
        new(nameof(Activity.Qualified), NpgsqlDbType.Boolean, a => a.Qualified),
        new(nameof(Activity.DurationMinutes), NpgsqlDbType.Integer, a => a.DurationMinutes),
        new(nameof(Activity.Channel), NpgsqlDbType.Varchar, a => a.Channel.ToString()),
    ];

    private static readonly BulkColumn<Deal>[] DealColumns =
    [
        new(nameof(Deal.CompanyId), NpgsqlDbType.Integer, d => d.CompanyId),
        new(nameof(Deal.CustomerId), NpgsqlDbType.Integer, d => d.CustomerId),
        new(nameof(Deal.PersonId), NpgsqlDbType.Integer, d => d.PersonId),
        new(nameof(Deal.ProductGroupId), NpgsqlDbType.Integer, d => d.ProductGroupId),
        new(nameof(Deal.Title), NpgsqlDbType.Varchar, d => d.Title),
        new(nameof(Deal.Value), NpgsqlDbType.Numeric, d => d.Value),
        new(nameof(Deal.StageId), NpgsqlDbType.Integer, d => d.StageId),
        new(nameof(Deal.ExpectedClose), NpgsqlDbType.Date, d => d.ExpectedClose),
        new(nameof(Deal.Status), NpgsqlDbType.Varchar, d => d.Status.ToString()),
        new(nameof(Deal.LostReason), NpgsqlDbType.Varchar, d => d.LostReason),
        new(nameof(Deal.CreatedOn), NpgsqlDbType.Date, d => d.CreatedOn),
        new(nameof(Deal.ClosedOn), NpgsqlDbType.Date, d => d.ClosedOn),
        new(nameof(Deal.LastActivityOn), NpgsqlDbType.Date, d => d.LastActivityOn),
        new(nameof(Deal.StageChangedOn), NpgsqlDbType.Date, d => d.StageChangedOn),
    ];

    private static readonly BulkColumn<DealStageChange>[] StageChangeColumns =
    [
        new(nameof(DealStageChange.CompanyId), NpgsqlDbType.Integer, c => c.CompanyId),
        new(nameof(DealStageChange.DealId), NpgsqlDbType.Integer, c => c.DealId),
        new(nameof(DealStageChange.FromStageId), NpgsqlDbType.Integer, c => c.FromStageId),
        new(nameof(DealStageChange.ToStageId), NpgsqlDbType.Integer, c => c.ToStageId),
        new(nameof(DealStageChange.ChangedOn), NpgsqlDbType.Date, c => c.ChangedOn),
        new(nameof(DealStageChange.ChangedByPersonId), NpgsqlDbType.Integer, c => c.ChangedByPersonId),
    ];

    /// <summary>
    /// Tens of thousands of rows: activities, deals and their stage changes go in through the engines' bulk paths; the
    /// few goals and plans through EF.
    /// </summary>
    private static async Task SaveAsync(SalgskraftDbContext db, int companyId, DemoSet set, Dictionary<string, int> people, List<Activity> activities,
        List<(Deal Deal, List<(int Stage, DateOnly On)> Steps)> deals, Dictionary<string, int> types, DateOnly today, CancellationToken ct)
    {
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await BulkInsert.InsertAsync(db, "Activities", ActivityColumns, activities, ct);
            await BulkInsert.InsertAsync(db, "Deals", DealColumns, deals.Select(d => d.Deal), ct);

            // Both engines number the rows of one insert in the order given, and the company had no deals before.
            var dealIds = await db.Deals.Where(d => d.CompanyId == companyId).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
            await BulkInsert.InsertAsync(db, "DealStageChanges", StageChangeColumns, deals.Zip(dealIds).SelectMany(d => d.First.Steps.Select((s, i) => new DealStageChange
            {
                CompanyId = companyId,
                DealId = d.Second,
                FromStageId = i == 0 ? null : d.First.Steps[i - 1].Stage,
                ToStageId = s.Stage,
                ChangedOn = s.On,
                ChangedByPersonId = d.First.Deal.PersonId,
            })), ct);

            // The plan: the weekly activity goals above, and a result goal of last year's revenue + 10 %.
            var lastYear = set.Lines.Where(l => l.Date.Year == today.Year - 1)
                .GroupBy(l => set.People[l.Salesperson].ExternalId)
                .ToDictionary(g => g.Key, g => g.Sum(l => l.Revenue), StringComparer.Ordinal);
            foreach (var personId in deals.Select(d => d.Deal.PersonId).Distinct())
            {
                db.PersonActivityGoals.AddRange(
                    new PersonActivityGoal { CompanyId = companyId, PersonId = personId, ActivityTypeId = types[DefaultActivityTypes.Meeting], WeeklyTarget = MeetingsPerWeek, Weight = 2m },
                    new PersonActivityGoal { CompanyId = companyId, PersonId = personId, ActivityTypeId = types[DefaultActivityTypes.Call], WeeklyTarget = CallsPerWeek },
                    new PersonActivityGoal { CompanyId = companyId, PersonId = personId, ActivityTypeId = types[DefaultActivityTypes.Quote], WeeklyTarget = QuotesPerWeek });
                var externalId = people.Single(p => p.Value == personId).Key;
                if (lastYear.TryGetValue(externalId, out var revenue) && revenue > 0)
                {
                    db.ResultModelPlans.Add(new ResultModelPlan
                    {
                        CompanyId = companyId, PersonId = personId, YearlyResultGoal = Math.Round(revenue * 1.1m / 100_000m, MidpointRounding.AwayFromZero) * 100_000m,
                    });
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }
}
