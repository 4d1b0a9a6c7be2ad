using Salgskraft.Core.Common;

namespace Salgskraft.Core.Import.Reading;

/// <summary>
/// The outcome of parsing one value: the value, or the reason it could not be read. Parsers return
/// this instead of throwing because a bad value in a file is expected input, not a program error.
/// </summary>
public readonly record struct ParseResult<T>(bool Success, T Value, Reason? Error)
{
    public static ParseResult<T> Ok(T value) => new(true, value, null);

    public static ParseResult<T> Fail(Reason reason) => new(false, default!, reason);
}
