namespace Salgskraft.Domain.Organization;

/// <summary>Walks the unit tree without recursion in the database.</summary>
public static class UnitTree
{
    /// <summary>The unit and every unit below it.</summary>
    public static IReadOnlySet<int> SelfAndDescendants(int unitId, IEnumerable<(int Id, int? ParentId)> units)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var result = new HashSet<int> { unitId };
        var queue = new Queue<int>([unitId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in children[current])
            {
                if (result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return result;
    }
}
