using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Salgskraft.Domain.Common;

/// <summary>
/// A domain rule that a user's input breaks, thrown as the usual <see cref="ArgumentException"/> or
/// <see cref="InvalidOperationException"/> with the English message, and with the rule's name and arguments attached
/// so that the application can say it in the user's language: Core has a text per rule name in a reason catalogue.
/// Arguments are numbers, dates and names from the input, never English words: a rule that varies by party or kind
/// gets one name per variant.
/// </summary>
public static class Refusal
{
    private const string RuleKey = "Salgskraft.Rule";
    private const string ArgumentsKey = "Salgskraft.RuleArguments";

    public static ArgumentException Argument(string rule, string paramName, FormattableString english) =>
        Mark(new ArgumentException(english.ToString(CultureInfo.InvariantCulture), paramName), rule, english);

    public static InvalidOperationException State(string rule, FormattableString english) =>
        Mark(new InvalidOperationException(english.ToString(CultureInfo.InvariantCulture)), rule, english);

    /// <summary>The rule an exception of <see cref="Argument"/> or <see cref="State"/> carries.</summary>
    public static bool TryRead(Exception exception, [NotNullWhen(true)] out string? rule, out object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(exception);
        rule = exception.Data[RuleKey] as string;
        arguments = exception.Data[ArgumentsKey] as object?[] ?? [];
        return rule is not null;
    }

    private static T Mark<T>(T exception, string rule, FormattableString english)
        where T : Exception
    {
        exception.Data[RuleKey] = rule;
        exception.Data[ArgumentsKey] = english.GetArguments();
        return exception;
    }
}
