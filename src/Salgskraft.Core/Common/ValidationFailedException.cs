using System.Globalization;
using System.Resources;

namespace Salgskraft.Core.Common;

/// <summary>
/// Input that breaks a rule. Reasons are keyed by field, as ASP.NET's ValidationProblem expects, so the API, the UI
/// and the CLI report them the same way: the API and the CLI in English (<see cref="Errors"/>), the UI in the user's
/// language (<see cref="MessagesIn"/>).
/// </summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, IReadOnlyList<Reason>> reasons)
        : base(string.Join("; ", reasons.SelectMany(e => e.Value.Select(r => $"{e.Key}: {r}"))))
    {
        Reasons = reasons;
    }

    public ValidationFailedException(string field, Reason reason)
        : this(new Dictionary<string, IReadOnlyList<Reason>> { [field] = [reason] })
    {
    }

    public IReadOnlyDictionary<string, IReadOnlyList<Reason>> Reasons { get; }

    /// <summary>
    /// A refusal only the CLI or the API gives — an option, a query string — which speak English; no page shows it, so
    /// it needs no catalogue. Anything a page can show takes a <see cref="Reason"/>.
    /// </summary>
    public static ValidationFailedException English(string field, string message) => new(field, Verbatim.Of(message));

    /// <summary>Several refusals only the CLI or the API gives, field by field, in English (see <see cref="English(string, string)"/>).</summary>
    public static ValidationFailedException English(IDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => (IReadOnlyList<Reason>)[.. e.Value.Select(Verbatim.Of)]));

    /// <summary>The reasons in English, field by field.</summary>
    public IDictionary<string, string[]> Errors => ErrorsIn(CultureInfo.InvariantCulture);

    /// <summary>The reasons in a language, field by field, for a form that shows each under its field.</summary>
    public Dictionary<string, string[]> ErrorsIn(CultureInfo culture) =>
        Reasons.ToDictionary(e => e.Key, e => e.Value.Select(r => r.In(culture)).ToArray());

    /// <summary>
    /// Every reason in a language, in the order the fields were checked — but those of the fields in
    /// <paramref name="shownBesideTheirInput"/>, which a form shows under their input.
    /// </summary>
    public IReadOnlyList<string> MessagesIn(CultureInfo culture, IReadOnlySet<string>? shownBesideTheirInput = null) =>
        [.. Reasons.Where(e => shownBesideTheirInput?.Contains(e.Key) != true).SelectMany(e => e.Value).Select(r => r.In(culture))];

    /// <summary>Every reason in a language as one text, for a page that shows a single message.</summary>
    public string MessageIn(CultureInfo culture) => string.Join(" ", MessagesIn(culture));

    private sealed class Verbatim() : ResourceManager
    {
        private static readonly Verbatim Texts = new();

        public static Reason Of(string message) => new(Texts, message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), []);

        public override string GetString(string name, CultureInfo? culture) => name.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
    }
}
