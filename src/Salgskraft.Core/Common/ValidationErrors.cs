namespace Salgskraft.Core.Common;

/// <summary>Reasons gathered field by field and thrown together, so that a form shows every one of them at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<Reason>> reasons = [];

    public bool Any => reasons.Count > 0;

    public void Add(string field, Reason reason)
    {
        if (!reasons.TryGetValue(field, out var list))
        {
            reasons[field] = list = [];
        }

        list.Add(reason);
    }

    /// <summary>Adds <paramref name="reason"/> unless <paramref name="holds"/>.</summary>
    public void Check(bool holds, string field, Reason reason)
    {
        if (!holds)
        {
            Add(field, reason);
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ValidationFailedException(reasons.ToDictionary(e => e.Key, e => (IReadOnlyList<Reason>)e.Value));
        }
    }
}
