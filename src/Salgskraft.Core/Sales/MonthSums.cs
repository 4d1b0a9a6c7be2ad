using System.Runtime.InteropServices;
using Salgskraft.Core.Data;

namespace Salgskraft.Core.Sales;

/// <summary>
/// The month aggregate of sales lines summed as they are read, by the rules of <see cref="SalesAggregate"/>'s SQL (money
/// as whole units, per customer × salesperson × month), so that a load into months without lines need not read its lines
/// back. Customers and salespeople are the file's external ids until <see cref="Rows"/> resolves them. Past
/// <see cref="Capacity"/> entries it gives up and frees its memory; the caller then refreshes in SQL.
/// </summary>
internal sealed class MonthSums(int capacity = MonthSums.DefaultCapacity)
{
    /// <summary>About 60 MB at most: a million lines of the benchmark's file make 410 000 entries.</summary>
    public const int DefaultCapacity = 1_000_000;

    private readonly record struct Key(int Customer, int Salesperson, int Month);

    private struct Sum
    {
        public long Revenue;
        public long Cost;
        public long NewProductRevenue;
        public int Lines;
        public DateOnly FirstPurchase;
    }

    private Dictionary<string, int> customers = new(StringComparer.Ordinal);
    private Dictionary<string, int> people = new(StringComparer.Ordinal);
    private Dictionary<Key, Sum> sums = [];

    public int Capacity { get; } = capacity;

    /// <summary>True when the sums were given up (too many entries, or the caller could not tell a line's product apart).</summary>
    public bool GaveUp { get; private set; }

    public void Add(string customer, string? salesperson, DateOnly date, decimal revenue, decimal cost, bool newProduct)
    {
        if (GaveUp)
        {
            return;
        }

        var key = new Key(Index(customers, customer), salesperson is null ? -1 : Index(people, salesperson), (date.Year * 12) + date.Month - 1);
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out var exists);
        var units = ScaledMoney.ToUnits(revenue);
        sum.Revenue += units;
        sum.Cost += ScaledMoney.ToUnits(cost);
        sum.NewProductRevenue += newProduct ? units : 0;
        sum.Lines++;
        sum.FirstPurchase = exists && sum.FirstPurchase <= date ? sum.FirstPurchase : date;
        if (!exists && sums.Count > Capacity)
        {
            GiveUp();
        }
    }

    /// <summary>Drops the sums; from now on <see cref="Add"/> does nothing.</summary>
    public void GiveUp()
    {
        GaveUp = true;
        (customers, people, sums) = ([], [], []);
    }

    /// <summary>The aggregate's rows (money in whole units, as the columns hold it), with the external ids resolved.</summary>
    public IEnumerable<MonthRow> Rows(IReadOnlyDictionary<string, int> customerIds, IReadOnlyDictionary<string, int> personIds)
    {
        if (GaveUp)
        {
            throw new InvalidOperationException("The month sums were given up; refresh the aggregate in SQL instead.");
        }

        var customerId = Resolve(customers, customerIds);
        var personId = Resolve(people, personIds);
        foreach (var (key, sum) in sums)
        {
            yield return new MonthRow(customerId[key.Customer], key.Salesperson < 0 ? null : personId[key.Salesperson],
                new DateOnly(key.Month / 12, (key.Month % 12) + 1, 1), sum.Revenue, sum.Cost, sum.NewProductRevenue, sum.Lines, sum.FirstPurchase);
        }
    }

    /// <summary>Entries so far: one per customer × salesperson × month.</summary>
    public int Count => sums.Count;

    private static int Index(Dictionary<string, int> ids, string id)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, id, out var exists);
        if (!exists)
        {
            index = ids.Count - 1;
        }

        return index;
    }

    private static int[] Resolve(Dictionary<string, int> indexes, IReadOnlyDictionary<string, int> ids)
    {
        var resolved = new int[indexes.Count];
        foreach (var (id, index) in indexes)
        {
            resolved[index] = ids[id];
        }

        return resolved;
    }
}

/// <summary>One row of the month aggregate as its columns hold it (money in whole units, see <see cref="ScaledMoney"/>).</summary>
internal readonly record struct MonthRow(int CustomerId, int? SalespersonId, DateOnly Month, long Revenue, long Cost, long NewProductRevenue,
    int Lines, DateOnly FirstPurchase);
