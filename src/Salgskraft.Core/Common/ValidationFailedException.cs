namespace Salgskraft.Core.Common;

/// <summary>
/// Input that breaks a rule. Errors are keyed by field, as ASP.NET's ValidationProblem expects,
/// so the API, the UI and the CLI report them the same way.
/// </summary>
public sealed class ValidationFailedException(IDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IDictionary<string, string[]> Errors { get; } = errors;
}
